package com.edutrack.assessment.homework;

import com.edutrack.assessment.PlacedQuestion;
import com.edutrack.assessment.bank.Question;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A bank question placed in a homework. */
@Entity
@Table(name = "homework_questions")
public class HomeworkQuestion extends PlacedQuestion {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "homework_id")
    private Homework homework;

    protected HomeworkQuestion() {
    }

    HomeworkQuestion(Homework homework, Question question, int sortOrder, Integer pointsOverride) {
        super(question, sortOrder, pointsOverride);
        this.homework = homework;
    }

    public Homework getHomework() { return homework; }
}
