package com.edutrack.assessment.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A choice of a multiple-choice question. */
@Entity
@Table(name = "qb_choices")
public class Choice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;
    @Column(nullable = false, length = 2000)
    private String text;
    @Column(length = 500)
    private String image;
    @Column(name = "is_correct", nullable = false)
    private boolean correct;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Choice() {
    }

    Choice(Question question, String text, String image, boolean correct, int sortOrder) {
        this.question = question;
        this.text = text;
        this.image = image;
        this.correct = correct;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public Question getQuestion() { return question; }
    public String getText() { return text; }
    public String getImage() { return image; }
    public boolean isCorrect() { return correct; }
    public int getSortOrder() { return sortOrder; }
}
