package com.edutrack.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An assistant works for exactly one teacher and acts on that teacher's behalf. */
@Entity
@Table(name = "assistants")
public class Assistant extends StaffProfile {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    private Teacher teacher;

    protected Assistant() {
    }

    public Assistant(User user, Teacher teacher) {
        super(user);
        this.teacher = teacher;
    }

    public Teacher getTeacher() {
        return teacher;
    }
}
