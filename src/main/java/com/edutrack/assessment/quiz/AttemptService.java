package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.edutrack.accounts.ContentAccess;
import com.edutrack.accounts.Student;
import com.edutrack.assessment.AnswerInput;
import com.edutrack.assessment.Grading;
import com.edutrack.assessment.IdList;
import com.edutrack.assessment.bank.Choice;
import com.edutrack.assessment.bank.QuestionService;
import com.edutrack.assessment.bank.QuestionType;
import com.edutrack.assessment.quiz.QuizViews.AttemptRow;
import com.edutrack.content.Purchases;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * A student's attempts (platform.md section 5): start, save answers, submit. Locks: starting
 * locks the student's row (so one student's starts are serialized: one in-progress attempt, the
 * attempt limit holds); every change of an attempt locks the attempt's row, the same lock the
 * closing timer takes, so an attempt is closed and graded exactly once.
 */
@ApplicationScoped
public class AttemptService {
    public static final String NO_PURCHASE = "You need an active purchase of this lecture.";
    public static final String TIME_OVER = "The time for this attempt is over; it was closed with the answers saved before the deadline.";
    public static final String ALREADY_SUBMITTED = "This attempt has already been submitted.";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    QuizService quizzes;
    @Inject
    AttemptQueries queries;
    @Inject
    AttemptViews views;
    @Inject
    QuestionService questions;
    @Inject
    Purchases purchases;
    @Inject
    ContentAccess contentAccess;

    /** The attempt view and whether it was made now (201) or an open one was returned (200). */
    public record Started(Map<String, Object> attempt, boolean created) {
    }

    /** The attempt view, or the refusal to answer with after the transaction committed the close. */
    public record Outcome(Map<String, Object> attempt, String refusal) {
    }

    @Transactional
    public Started start(long studentId, long quizId) {
        contentAccess.require(studentId);
        Quiz q = quizzes.load(quizId);
        Instant now = Instant.now();
        if (!q.isOpenToStudents()) {
            throw ApiException.error(400, "This quiz is not available.");
        }
        if (!purchases.hasUnexpiredPurchase(studentId, q.getLecture().getId())) {
            throw ApiException.error(400, NO_PURCHASE);
        }
        if (q.getOpenDate() != null && now.isBefore(q.getOpenDate())) {
            throw ApiException.error(400, "This quiz is not open yet.");
        }
        if (q.isClosed(now)) {
            throw ApiException.error(400, "This quiz is closed.");
        }
        Student student = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        List<QuizAttempt> mine = queries.ofStudent(q, studentId);
        for (QuizAttempt open : mine) {
            if (open.isInProgress()) {
                queries.lock(open);
                if (!open.isExpired(now)) {
                    return new Started(views.of(open, false, now), false);
                }
                close(open, queries.answers(open), now, true);
            }
        }
        Integer limit = q.attemptLimit();
        if (limit != null && mine.size() >= limit) {
            throw ApiException.error(400, "You have used all your attempts for this quiz.");
        }
        List<QuizQuestion> placed = queries.placements(q);
        if (placed.isEmpty()) {
            throw ApiException.error(400, "This quiz is not available.");
        }
        Map<Long, List<Choice>> choices = questions.choicesOf(placed.stream().map(p -> p.getQuestion().getId()).toList());
        QuizAttempt a = new QuizAttempt(q, student, mine.size() + 1, now, placed.stream().mapToInt(QuizQuestion::getEffectivePoints).sum());
        em.persist(a);
        List<QuizQuestion> drawn = new ArrayList<>(placed);
        if ("random".equals(q.getQuestionOrder())) {
            Collections.shuffle(drawn, RANDOM);
        }
        List<QuizAnswer> rows = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            QuizQuestion p = drawn.get(i);
            List<Long> choiceIds = new ArrayList<>(choices.getOrDefault(p.getQuestion().getId(), List.of()).stream().map(Choice::getId).toList());
            if (q.isShuffleChoices()) {
                Collections.shuffle(choiceIds, RANDOM);
            }
            rows.add(new QuizAnswer(a, p, i + 1, IdList.format(choiceIds)));
        }
        insertAll(rows);
        return new Started(views.of(a, queries.answers(a), choices, false, now), true);
    }

    /** Saves (some) answers of an attempt in progress; past the deadline + grace the attempt is closed instead. */
    @Transactional
    public Outcome save(long studentId, long attemptId, FormBody body) {
        QuizAttempt a = own(studentId, attemptId);
        Instant now = Instant.now();
        List<QuizAnswer> answers = queries.answers(a);
        if (a.isExpired(now)) {
            close(a, answers, now, true);
            return new Outcome(null, TIME_OVER);
        }
        Map<Long, List<Choice>> choices = choicesOf(answers);
        apply(answers, choices, AnswerInput.read(body, true), body, now);
        return new Outcome(views.of(a, answers, choices, false, now), null);
    }

    /**
     * Submits and grades. Later than deadline + 30 s the sent answers are ignored, whatever the
     * client says: the attempt is closed with what was saved before and the caller gets 400.
     */
    @Transactional
    public Outcome submit(long studentId, long attemptId, FormBody body) {
        QuizAttempt a = own(studentId, attemptId);
        Instant now = Instant.now();
        List<QuizAnswer> answers = queries.answers(a);
        if (a.isExpired(now)) {
            close(a, answers, now, true);
            return new Outcome(null, TIME_OVER);
        }
        Map<Long, List<Choice>> choices = choicesOf(answers);
        apply(answers, choices, AnswerInput.read(body, false), body, now);
        close(a, answers, choices, now, false);
        return new Outcome(views.of(a, answers, choices, false, now), null);
    }

    @Transactional
    public Map<String, Object> view(long studentId, long attemptId) {
        QuizAttempt a = queries.load(attemptId);
        if (!a.getStudent().getId().equals(studentId)) {
            throw ApiException.notFound();
        }
        return views.of(a, false, Instant.now());
    }

    @Transactional
    public Page<AttemptRow> mine(long studentId, Long quiz, PageRequest page) {
        Instant now = Instant.now();
        return ListQuery.of(em, QuizAttempt.class).equal("student.id", studentId).equal("quiz.id", quiz)
                .ordering(null, Map.of(), "-startedAt").fetch("quiz", "student").page(page)
                .map(a -> AttemptRow.of(a, QuizAttempt.GRADED.equals(a.getStatus()) && a.getQuiz().scoreVisible(now)));
    }

    /**
     * Closes an in-progress attempt (already locked by the caller): grades the multiple-choice
     * answers; written ones with text wait for a teacher, empty ones score 0.
     */
    void close(QuizAttempt a, List<QuizAnswer> answers, Instant now, boolean byTimeout) {
        close(a, answers, choicesOf(answers), now, byTimeout);
    }

    private void close(QuizAttempt a, List<QuizAnswer> answers, Map<Long, List<Choice>> choices, Instant now, boolean byTimeout) {
        batchWrites();
        BigDecimal score = BigDecimal.ZERO.setScale(2);
        boolean waits = false;
        for (QuizAnswer x : answers) {
            QuestionType type = x.getQuizQuestion().getQuestion().getType();
            if (type == QuestionType.WRITTEN) {
                boolean blank = x.getTextAnswer() == null || x.getTextAnswer().isBlank();
                x.grade(blank ? Boolean.FALSE : null, blank ? BigDecimal.ZERO.setScale(2) : null, now);
                waits |= !blank;
            } else {
                Set<Long> correct = choices.getOrDefault(x.getQuizQuestion().getQuestion().getId(), List.of()).stream()
                        .filter(Choice::isCorrect).map(Choice::getId).collect(Collectors.toSet());
                boolean right = Grading.choicesCorrect(IdList.parseSet(x.getSelectedChoices()), correct);
                x.grade(right, Grading.points(right, x.getMaxPoints()), now);
            }
            if (x.getPointsAwarded() != null) {
                score = score.add(x.getPointsAwarded());
            }
        }
        a.finish(now, byTimeout, score, waits);
    }

    /** The caller's attempt, locked and still in progress (else 404 / 400). */
    private QuizAttempt own(long studentId, long attemptId) {
        QuizAttempt a = queries.load(attemptId);
        if (!a.getStudent().getId().equals(studentId)) {
            throw ApiException.notFound();
        }
        contentAccess.require(studentId);
        queries.lock(a);
        if (!a.isInProgress()) {
            throw ApiException.error(400, a.isTimedOut() ? TIME_OVER : ALREADY_SUBMITTED);
        }
        return a;
    }

    private void apply(List<QuizAnswer> answers, Map<Long, List<Choice>> choices, List<AnswerInput> inputs, FormBody body, Instant now) {
        batchWrites();
        Map<Long, AnswerInput.Target> targets = new HashMap<>();
        Map<Long, QuizAnswer> byQuestion = new HashMap<>();
        for (QuizAnswer x : answers) {
            long qid = x.getQuizQuestion().getQuestion().getId();
            byQuestion.put(qid, x);
            targets.put(qid, new AnswerInput.Target(x.getQuizQuestion().getQuestion().getType(),
                    choices.getOrDefault(qid, List.of()).stream().map(Choice::getId).collect(Collectors.toSet())));
        }
        AnswerInput.check(body.errors(), inputs, targets);
        body.errors().throwIfAny();
        if (inputs != null) {
            for (AnswerInput in : inputs) {
                byQuestion.get(in.question()).answer(in.selectedChoices(), in.textAnswer(), now);
            }
        }
    }

    private Map<Long, List<Choice>> choicesOf(List<QuizAnswer> answers) {
        return questions.choicesOf(answers.stream().map(x -> x.getQuizQuestion().getQuestion().getId()).toList());
    }

    /** The answer rows of a new attempt in one JDBC batch (identity keys keep Hibernate from batching these inserts). */
    private void insertAll(List<QuizAnswer> rows) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("insert into quiz_answers (attempt_id, quiz_question_id, sort_order, "
                    + "choice_order, max_points) values (?, ?, ?, ?, ?)")) {
                for (QuizAnswer x : rows) {
                    s.setLong(1, x.getAttempt().getId());
                    s.setLong(2, x.getQuizQuestion().getId());
                    s.setInt(3, x.getSortOrder());
                    s.setString(4, x.getChoiceOrder());
                    s.setInt(5, x.getMaxPoints());
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    /** Grading or saving touches every answer row of the attempt: send those updates as one JDBC batch. */
    private void batchWrites() {
        em.unwrap(Session.class).setJdbcBatchSize(64);
    }
}
