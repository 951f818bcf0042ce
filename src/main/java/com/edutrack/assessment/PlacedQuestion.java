package com.edutrack.assessment;

import com.edutrack.assessment.bank.Question;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A bank question placed in a homework or quiz, with its position and an optional points override. */
@MappedSuperclass
public abstract class PlacedQuestion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "points_override")
    private Integer pointsOverride;

    protected PlacedQuestion() {
    }

    protected PlacedQuestion(Question question, int sortOrder, Integer pointsOverride) {
        this.question = question;
        this.sortOrder = sortOrder;
        this.pointsOverride = pointsOverride;
    }

    public int getEffectivePoints() {
        return pointsOverride != null ? pointsOverride : question.getPoints();
    }

    public Long getId() { return id; }
    public Question getQuestion() { return question; }
    public int getSortOrder() { return sortOrder; }
    public Integer getPointsOverride() { return pointsOverride; }
}
