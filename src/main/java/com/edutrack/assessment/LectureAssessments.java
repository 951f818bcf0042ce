package com.edutrack.assessment;

import java.util.List;

import com.edutrack.content.LecturesDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Homeworks and quizzes belong to their lecture: when content deletes lectures, theirs go first.
 * Content never deletes a purchased lecture (it hides it), and students can only answer with a
 * purchase, so there is normally no student work below; the first statements remove any anyway
 * rather than leave the lecture undeletable.
 */
@ApplicationScoped
public class LectureAssessments {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    void lecturesDeleting(@Observes LecturesDeleting event) {
        List<Long> ids = event.lectureIds();
        for (String delete : List.of(
                "delete from HomeworkAnswer a where a.submission.id in (select s.id from HomeworkSubmission s where s.homework.id in "
                        + "(select h.id from Homework h where h.lecture.id in :ids))",
                "delete from HomeworkSubmission s where s.homework.id in (select h.id from Homework h where h.lecture.id in :ids)",
                "delete from HomeworkQuestion q where q.homework.id in (select h.id from Homework h where h.lecture.id in :ids)",
                "delete from Homework h where h.lecture.id in :ids",
                "delete from QuizAnswer a where a.attempt.id in (select t.id from QuizAttempt t where t.quiz.id in "
                        + "(select z.id from Quiz z where z.lecture.id in :ids))",
                "delete from QuizAttempt t where t.quiz.id in (select z.id from Quiz z where z.lecture.id in :ids)",
                "delete from QuizQuestion q where q.quiz.id in (select z.id from Quiz z where z.lecture.id in :ids)",
                "delete from Quiz z where z.lecture.id in :ids")) {
            em.createQuery(delete).setParameter("ids", ids).executeUpdate();
        }
    }
}
