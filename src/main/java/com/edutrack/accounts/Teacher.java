package com.edutrack.accounts;

import java.util.LinkedHashSet;
import java.util.Set;

import com.edutrack.structure.Grade;
import com.edutrack.structure.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A teacher's profile; the teacher signs in as its {@link User}. */
@Entity
@Table(name = "teachers")
public class Teacher extends StaffProfile {
    @Column(name = "secondary_phone", length = 20)
    private String secondaryPhone;
    @Column(length = 5000)
    private String biography;
    @Column(length = 300)
    private String facebook;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Subject subject;
    @ManyToMany
    @JoinTable(name = "teacher_grades", joinColumns = @JoinColumn(name = "teacher_id"), inverseJoinColumns = @JoinColumn(name = "grade_id"))
    private Set<Grade> grades = new LinkedHashSet<>();

    protected Teacher() {
    }

    public Teacher(User user) {
        super(user);
    }

    public String getSecondaryPhone() {
        return secondaryPhone;
    }

    public void setSecondaryPhone(String secondaryPhone) {
        this.secondaryPhone = secondaryPhone;
    }

    public String getBiography() {
        return biography;
    }

    public void setBiography(String biography) {
        this.biography = biography;
    }

    public String getFacebook() {
        return facebook;
    }

    public void setFacebook(String facebook) {
        this.facebook = facebook;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public Set<Grade> getGrades() {
        return grades;
    }
}
