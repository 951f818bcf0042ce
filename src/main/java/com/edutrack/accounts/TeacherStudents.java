package com.edutrack.accounts;

import com.edutrack.platform.pagination.ListQuery;

/**
 * Which students a teacher's staff may see: those approved in one of the teacher's courses.
 * Enrollment knows that and depends on accounts, so accounts asks through this interface
 * (implemented in the enrollment feature) instead of depending back on it.
 */
public interface TeacherStudents {
    ListQuery.Condition<Student> approvedIn(Long teacherId);
}
