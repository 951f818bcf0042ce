package com.edutrack.assessment.quiz;

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

/** A bank question placed in a quiz, with its position and an optional points override. */
@Entity
@Table(name = "quiz_questions")
public class QuizQuestion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "points_override")
    private Integer pointsOverride;

    protected QuizQuestion() {
    }

    QuizQuestion(Quiz quiz, Question question, int sortOrder, Integer pointsOverride) {
        this.quiz = quiz;
        this.question = question;
        this.sortOrder = sortOrder;
        this.pointsOverride = pointsOverride;
    }

    public int getEffectivePoints() {
        return pointsOverride != null ? pointsOverride : question.getPoints();
    }

    public Long getId() { return id; }
    public Quiz getQuiz() { return quiz; }
    public Question getQuestion() { return question; }
    public int getSortOrder() { return sortOrder; }
    public Integer getPointsOverride() { return pointsOverride; }
}
