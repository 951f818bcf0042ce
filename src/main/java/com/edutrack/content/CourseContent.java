package com.edutrack.content;

import com.edutrack.catalog.Course;
import com.edutrack.platform.persistence.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What topics, lectures and videos share: a named, ordered item under a parent within one course.
 * The course decides who writes it (its teacher) and, with the item's own flags, who reads it.
 */
@MappedSuperclass
public abstract class CourseContent extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CourseContent() {
    }

    protected CourseContent(String name) {
        this.name = name;
    }

    /** The course the item belongs to. */
    public abstract Course course();

    /** Whether a student may open it: it and everything above it are active (or visible). */
    public abstract boolean isOpenToStudents();

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
