package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import com.edutrack.assessment.IdList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One question of an attempt, made when the attempt starts: the drawn position and choice order
 * (fixed for the attempt), then the student's answer and its grade. {@code pointsAwarded} stays
 * null for a written answer until a teacher grades it.
 */
@Entity
@Table(name = "quiz_answers")
public class QuizAnswer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_question_id")
    private QuizQuestion quizQuestion;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "choice_order", length = 400)
    private String choiceOrder;
    @Column(name = "selected_choices", length = 400)
    private String selectedChoices;
    @Column(name = "text_answer", length = 10000)
    private String textAnswer;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "max_points", nullable = false)
    private int maxPoints;
    @Column(name = "is_correct")
    private Boolean correct;
    @Column(name = "points_awarded", precision = 8, scale = 2)
    private BigDecimal pointsAwarded;
    @Column(length = 5000)
    private String feedback;
    @Column(name = "graded_by")
    private Long gradedBy;
    @Column(name = "graded_at")
    private Instant gradedAt;

    protected QuizAnswer() {
    }

    QuizAnswer(QuizAttempt attempt, QuizQuestion question, int sortOrder, String choiceOrder) {
        this.attempt = attempt;
        this.quizQuestion = question;
        this.sortOrder = sortOrder;
        this.choiceOrder = choiceOrder;
        this.maxPoints = question.getEffectivePoints();
    }

    void answer(Set<Long> selected, String text, Instant now) {
        selectedChoices = IdList.format(selected);
        textAnswer = text;
        answeredAt = now;
    }

    void grade(Boolean correct, BigDecimal points, Instant now) {
        this.correct = correct;
        this.pointsAwarded = points;
        this.gradedAt = points == null ? null : now;
    }

    void gradeByTeacher(BigDecimal points, String feedback, long userId, Instant now) {
        this.pointsAwarded = points;
        this.correct = points.compareTo(BigDecimal.valueOf(maxPoints)) == 0;
        this.feedback = feedback;
        this.gradedBy = userId;
        this.gradedAt = now;
    }

    public Long getId() { return id; }
    public QuizAttempt getAttempt() { return attempt; }
    public QuizQuestion getQuizQuestion() { return quizQuestion; }
    public int getSortOrder() { return sortOrder; }
    public String getChoiceOrder() { return choiceOrder; }
    public String getSelectedChoices() { return selectedChoices; }
    public String getTextAnswer() { return textAnswer; }
    public Instant getAnsweredAt() { return answeredAt; }
    public int getMaxPoints() { return maxPoints; }
    public Boolean getCorrect() { return correct; }
    public BigDecimal getPointsAwarded() { return pointsAwarded; }
    public String getFeedback() { return feedback; }
    public Long getGradedBy() { return gradedBy; }
    public Instant getGradedAt() { return gradedAt; }
}
