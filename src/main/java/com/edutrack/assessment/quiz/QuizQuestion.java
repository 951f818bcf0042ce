package com.edutrack.assessment.quiz;

import com.edutrack.assessment.PlacedQuestion;
import com.edutrack.assessment.bank.Question;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A bank question placed in a quiz. */
@Entity
@Table(name = "quiz_questions")
public class QuizQuestion extends PlacedQuestion {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;

    protected QuizQuestion() {
    }

    QuizQuestion(Quiz quiz, Question question, int sortOrder, Integer pointsOverride) {
        super(question, sortOrder, pointsOverride);
        this.quiz = quiz;
    }

    public Quiz getQuiz() { return quiz; }
}
