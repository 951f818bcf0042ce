/**
 * Course enrollment requests of the school API ({@code /api/courses/enrollments/}): students ask to
 * join a course, the course's teacher or assistants approve or reject, one at a time or in bulk.
 * Wire shapes follow the teacher API seed, section 6 ({@code edutrack-teacher-api.txt}); the rules
 * (one row per student and course, reopening after a rejection) are platform.md section 4.
 */
package com.edutrack.enrollment;
