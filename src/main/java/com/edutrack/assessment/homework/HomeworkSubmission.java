package com.edutrack.assessment.homework;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.accounts.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A student's one submission of a homework, graded when it is made. */
@Entity
@Table(name = "homework_submissions")
public class HomeworkSubmission {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "homework_id")
    private Homework homework;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;
    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal score;
    @Column(name = "max_score", nullable = false)
    private int maxScore;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected HomeworkSubmission() {
    }

    HomeworkSubmission(Homework homework, Student student, int maxScore, Instant submittedAt) {
        this.homework = homework;
        this.student = student;
        this.score = BigDecimal.ZERO.setScale(2);
        this.maxScore = maxScore;
        this.submittedAt = submittedAt;
    }

    /** Adds the points of one graded answer. */
    void add(BigDecimal points) {
        score = score.add(points);
    }

    public Long getId() { return id; }
    public Homework getHomework() { return homework; }
    public Student getStudent() { return student; }
    public BigDecimal getScore() { return score; }
    public int getMaxScore() { return maxScore; }
    public Instant getSubmittedAt() { return submittedAt; }
}
