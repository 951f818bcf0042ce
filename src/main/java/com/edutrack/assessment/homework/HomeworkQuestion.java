package com.edutrack.assessment.homework;

import com.edutrack.assessment.bank.Question;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A bank question placed in a homework, with its position and an optional points override. */
@Entity
@Table(name = "homework_questions")
public class HomeworkQuestion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "homework_id")
    private Homework homework;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "points_override")
    private Integer pointsOverride;

    protected HomeworkQuestion() {
    }

    HomeworkQuestion(Homework homework, Question question, int sortOrder, Integer pointsOverride) {
        this.homework = homework;
        this.question = question;
        this.sortOrder = sortOrder;
        this.pointsOverride = pointsOverride;
    }

    public int getEffectivePoints() {
        return pointsOverride != null ? pointsOverride : question.getPoints();
    }

    public Long getId() { return id; }
    public Homework getHomework() { return homework; }
    public Question getQuestion() { return question; }
    public int getSortOrder() { return sortOrder; }
    public Integer getPointsOverride() { return pointsOverride; }
}
