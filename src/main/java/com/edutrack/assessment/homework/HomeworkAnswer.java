package com.edutrack.assessment.homework;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The graded answer to one homework question (unanswered questions get a row too, with 0 points). */
@Entity
@Table(name = "homework_answers")
public class HomeworkAnswer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private HomeworkSubmission submission;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "homework_question_id")
    private HomeworkQuestion homeworkQuestion;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "selected_choices", length = 400)
    private String selectedChoices;
    @Column(name = "text_answer", length = 10000)
    private String textAnswer;
    @Column(name = "is_correct", nullable = false)
    private boolean correct;
    @Column(name = "max_points", nullable = false)
    private int maxPoints;
    @Column(name = "points_awarded", nullable = false, precision = 8, scale = 2)
    private BigDecimal pointsAwarded;

    protected HomeworkAnswer() {
    }

    HomeworkAnswer(HomeworkSubmission submission, HomeworkQuestion question, String selectedChoices, String textAnswer,
                   boolean correct, BigDecimal pointsAwarded) {
        this.submission = submission;
        this.homeworkQuestion = question;
        this.sortOrder = question.getSortOrder();
        this.selectedChoices = selectedChoices;
        this.textAnswer = textAnswer;
        this.correct = correct;
        this.maxPoints = question.getEffectivePoints();
        this.pointsAwarded = pointsAwarded;
    }

    public Long getId() { return id; }
    public HomeworkSubmission getSubmission() { return submission; }
    public HomeworkQuestion getHomeworkQuestion() { return homeworkQuestion; }
    public int getSortOrder() { return sortOrder; }
    public String getSelectedChoices() { return selectedChoices; }
    public String getTextAnswer() { return textAnswer; }
    public boolean isCorrect() { return correct; }
    public int getMaxPoints() { return maxPoints; }
    public BigDecimal getPointsAwarded() { return pointsAwarded; }
}
