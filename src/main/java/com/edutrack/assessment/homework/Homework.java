package com.edutrack.assessment.homework;

import com.edutrack.assessment.LectureAssessment;
import com.edutrack.content.Lecture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** A homework of a lecture: multiple-choice bank questions, graded when the student submits. */
@Entity
@Table(name = "homeworks")
public class Homework extends LectureAssessment {
    @Column(name = "model_answer", length = 10000)
    private String modelAnswer;
    // Counted in the row's own select, so a list costs the same whatever its length.
    @Formula("(select count(*) from homework_questions hq where hq.homework_id = id)")
    private long questionCount;
    @Formula("(select coalesce(sum(coalesce(hq.points_override, q.points)), 0) from homework_questions hq "
            + "join qb_questions q on q.id = hq.question_id where hq.homework_id = id)")
    private long totalPoints;

    protected Homework() {
    }

    public Homework(Lecture lecture, long createdBy) {
        super(lecture, createdBy);
    }

    public String getModelAnswer() { return modelAnswer; }
    public void setModelAnswer(String modelAnswer) { this.modelAnswer = modelAnswer; }
    public long getQuestionCount() { return questionCount; }
    public long getTotalPoints() { return totalPoints; }
}
