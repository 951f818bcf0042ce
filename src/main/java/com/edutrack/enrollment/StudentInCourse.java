package com.edutrack.enrollment;

import com.edutrack.accounts.Student;
import com.edutrack.catalog.Course;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A student's row in one course (an enrollment, a balance): one per student and course, neither ever changes. */
@MappedSuperclass
public abstract class StudentInCourse extends StudentOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    protected StudentInCourse() {
    }

    protected StudentInCourse(Student student, Course course) {
        super(student);
        this.course = course;
    }

    public Course getCourse() {
        return course;
    }
}
