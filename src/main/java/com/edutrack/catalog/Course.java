package com.edutrack.catalog;

import com.edutrack.accounts.Teacher;
import com.edutrack.platform.persistence.Timestamped;
import com.edutrack.structure.Grade;
import com.edutrack.structure.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** A course a teacher gives for one grade and subject; the site owner creates and assigns it. */
@Entity
@Table(name = "courses")
public class Course extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    private Teacher teacher;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grade_id")
    private Grade grade;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 5000)
    private String description;
    @Column(name = "cover_picture", length = 300)
    private String coverPicture;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    // Counted in the row's own select, so lists cost the same whatever their length.
    @Formula("(select count(*) from topics t where t.course_id = id)")
    private long topicCount;
    @Formula("(select count(*) from topics t where t.course_id = id and t.is_active = true)")
    private long activeTopicCount;

    protected Course() {
    }

    public Course(Teacher teacher, Grade grade, Subject subject, String name) {
        this.teacher = teacher;
        this.grade = grade;
        this.subject = subject;
        this.name = name;
    }

    public boolean isTaughtBy(Long teacherId) {
        return teacherId != null && teacher.getId().equals(teacherId);
    }

    public Long getId() { return id; }
    public Teacher getTeacher() { return teacher; }
    public void setTeacher(Teacher teacher) { this.teacher = teacher; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public Subject getSubject() { return subject; }
    public void setSubject(Subject subject) { this.subject = subject; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCoverPicture() { return coverPicture; }
    public void setCoverPicture(String coverPicture) { this.coverPicture = coverPicture; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getTopicCount() { return topicCount; }
    public long getActiveTopicCount() { return activeTopicCount; }
}
