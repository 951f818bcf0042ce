/**
 * Courses of the school API ({@code /api/courses/courses/}, {@code /api/courses/my_courses/}) and the
 * one course-access policy ({@link com.edutrack.catalog.CourseAccess}, {@link com.edutrack.catalog.Viewers})
 * that content, assessment and materials share. Ruled by the teacher API seed section 2 (my
 * courses) and platform.md section 3 (the catalog, site-owner administration, who sees what).
 *
 * <p>A response key that can be null carries {@code @JsonbNillable} beside {@code @Schema(nullable = true)}:
 * with {@code @JsonbProperty} alone JSON-B leaves null keys out, and the contract writes them.
 */
package com.edutrack.catalog;
