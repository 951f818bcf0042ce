package com.edutrack.enrollment;

import com.edutrack.accounts.Student;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one student for good (an enrollment, a balance, a purchase): the student
 * is set once and never moves to another row.
 */
@MappedSuperclass
public abstract class StudentOwned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    private Student student;

    protected StudentOwned() {
    }

    protected StudentOwned(Student student) {
        this.student = student;
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }
}
