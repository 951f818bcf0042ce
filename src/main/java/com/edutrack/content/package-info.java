/**
 * Course content of the school API: topics, lectures and videos ({@code /api/courses/topics/},
 * {@code /lectures/}, {@code /videos/}) and students' watch progress. Ruled by the teacher API
 * seed sections 3-5 (shapes, filters, video URL rules) and platform.md section 3 (who sees and
 * writes what, prices, purchases and progress). Reads and writes go through
 * {@link com.edutrack.catalog.CourseAccess}; writes share one flow
 * ({@link com.edutrack.content.CourseContentService}).
 *
 * <p>A response key that can be null carries {@code @JsonbNillable} beside {@code @Schema(nullable = true)}:
 * with {@code @JsonbProperty} alone JSON-B leaves null keys out, and the contract writes them.
 */
package com.edutrack.content;
