package com.edutrack.enrollment;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.TeacherStudents;
import com.edutrack.platform.pagination.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;

/** The students with an approved enrollment in one of a teacher's courses, as a list condition. */
@ApplicationScoped
public class ApprovedStudents implements TeacherStudents {
    @Override
    public ListQuery.Condition<Student> approvedIn(Long teacherId) {
        return (cb, root) -> {
            var sub = cb.createQuery().subquery(Long.class);
            var e = sub.from(CourseEnrollment.class);
            sub.select(e.get("student").get("id")).where(
                    cb.equal(e.get("course").get("teacher").get("id"), teacherId),
                    cb.equal(e.get("status"), EnrollmentStatus.approved));
            return root.get("id").in(sub);
        };
    }
}
