package com.edutrack.content;

import com.edutrack.catalog.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** A chapter of a course, grouping lectures. */
@Entity
@Table(name = "topics")
public class Topic extends CourseContent {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(length = 5000)
    private String description;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    @Formula("(select count(*) from lectures l where l.topic_id = id)")
    private long lectureCount;
    @Formula("(select count(*) from lectures l where l.topic_id = id and l.is_visible = true)")
    private long visibleLectureCount;

    protected Topic() {
    }

    public Topic(Course course, String name) {
        super(name);
        this.course = course;
    }

    @Override
    public Course course() {
        return course;
    }

    /** The topic and its course are active. */
    @Override
    public boolean isOpenToStudents() {
        return active && course.isActive();
    }

    public Course getCourse() { return course; }
    public void setCourse(Course course) { this.course = course; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getLectureCount() { return lectureCount; }
    public long getVisibleLectureCount() { return visibleLectureCount; }
}
