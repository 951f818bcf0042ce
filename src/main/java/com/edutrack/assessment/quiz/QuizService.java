package com.edutrack.assessment.quiz;

import java.time.Instant;
import com.edutrack.catalog.CourseAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.assessment.AssessmentScope;
import com.edutrack.assessment.AssessmentScope.ListFilters;
import com.edutrack.assessment.QuestionItems;
import com.edutrack.assessment.QuestionPicks;
import com.edutrack.assessment.QuestionPicks.Pick;
import com.edutrack.assessment.bank.Choice;
import com.edutrack.assessment.bank.Question;
import com.edutrack.assessment.bank.QuestionService;
import com.edutrack.assessment.quiz.QuizViews.QuizSummary;
import com.edutrack.assessment.quiz.QuizViews.SettingsView;
import com.edutrack.content.Lecture;
import com.edutrack.content.Purchases;
import com.edutrack.catalog.Viewer;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Quizzes as staff build them (seed section 10) and the quiz as a student sees it before starting. */
@ApplicationScoped
public class QuizService {
    @jakarta.inject.Inject
    CourseAccess access;
    static final String WHAT = "quizzes";
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    AssessmentScope scope;
    @Inject
    QuestionService questions;
    @Inject
    Purchases purchases;
    @Inject
    Notifications notifications;
    @Inject
    AttemptQueries attempts;

    @Transactional
    public Page<QuizSummary> list(Viewer viewer, ListFilters f, PageRequest page) {
        return scope.list(Quiz.class, viewer, f, page).map(QuizSummary::of);
    }

    /**
     * Staff get the questions with their correct choices. A student (published quiz, purchase)
     * gets the quiz without its questions, which come with an attempt, plus {@code my_result}.
     */
    @Transactional
    public Map<String, Object> get(Viewer viewer, long id) {
        Quiz q = load(id);
        if (!viewer.isStudent()) {
            access.requireStaffView(viewer, q.getLecture().getTopic().getCourse());
            return detail(q, true);
        }
        if (!q.isOpenToStudents()) {
            throw ApiException.notFound();
        }
        if (!purchases.hasUnexpiredPurchase(viewer.studentId(), q.getLecture().getId())) {
            throw ApiException.detail(403, AttemptService.NO_PURCHASE);
        }
        Map<String, Object> m = detail(q, false);
        m.put("my_result", attempts.myResult(q, viewer.studentId(), Instant.now()));
        return m;
    }

    @Transactional
    public Map<String, Object> create(Viewer viewer, long userId, FormBody body) {
        Lecture lecture = scope.lecture(body, body.requiredInteger("lecture"));
        Quiz q = new Quiz(lecture, userId);
        q.setTitle(title(body));
        QuizForm form = new QuizForm(body);
        form.apply(q, false);
        List<Pick> picks = QuestionPicks.read(body);
        List<Question> chosen = picks == null ? List.of() : questions.forAssessment(viewer, ids(picks), body.errors(), field(body));
        requirePublishable(body, q, picks == null ? 0 : picks.size());
        form.throwIfAny();
        access.requireManager(viewer, lecture.getTopic().getCourse(), WHAT);
        em.persist(q);
        place(q, picks == null ? List.of() : picks, chosen);
        notifyIfPublished(q);
        return detail(q, true);
    }

    /** Sent question_ids/questions replace all questions; a different set is refused once a student started. */
    @Transactional
    public Map<String, Object> update(Viewer viewer, long id, FormBody body, boolean partial) {
        Quiz q = load(id);
        access.requireManager(viewer, q.getLecture().getTopic().getCourse(), WHAT);
        if (!partial || body.has("lecture")) {
            Lecture lecture = scope.lecture(body, body.requiredInteger("lecture"));
            if (lecture != null) {
                access.requireManager(viewer, lecture.getTopic().getCourse(), WHAT);
                q.setLecture(lecture);
            }
        }
        if (!partial || body.has("title")) {
            q.setTitle(title(body));
        }
        QuizForm form = new QuizForm(body);
        form.apply(q, partial);
        List<Pick> picks = QuestionPicks.read(body);
        List<Question> chosen = picks == null ? null : questions.forAssessment(viewer, ids(picks), body.errors(), field(body));
        requirePublishable(body, q, picks != null ? picks.size() : (int) q.getQuestionCount());
        form.throwIfAny();
        if (picks != null && !picks.equals(current(q))) {
            if (attempts.exist(q)) {
                throw ApiException.field(field(body), "Questions cannot be changed once students have started the quiz.");
            }
            em.createQuery("delete from QuizQuestion qq where qq.quiz = :q").setParameter("q", q).executeUpdate();
            place(q, picks, chosen);
        }
        notifyIfPublished(q);
        em.flush();
        return detail(q, true);
    }

    /** Deletes the quiz with all its attempts (seed: "Delete a quiz and all its submissions"). */
    @Transactional
    public void delete(Viewer viewer, long id) {
        Quiz q = load(id);
        access.requireManager(viewer, q.getLecture().getTopic().getCourse(), WHAT);
        em.createQuery("delete from QuizAnswer a where a.attempt.id in (select t.id from QuizAttempt t where t.quiz = :q)")
                .setParameter("q", q).executeUpdate();
        em.createQuery("delete from QuizAttempt t where t.quiz = :q").setParameter("q", q).executeUpdate();
        em.createQuery("delete from QuizQuestion qq where qq.quiz = :q").setParameter("q", q).executeUpdate();
        em.remove(q);
    }

    /** Manual release of scores; students with attempts are told the first time only. */
    @Transactional
    public int releaseScores(Viewer viewer, long id) {
        Quiz q = manageable(viewer, id);
        if (!Quiz.MANUAL.equals(q.getScoreVisibility())) {
            throw ApiException.error(400, "Scores of this quiz are not released by hand (score_visibility is " + q.getScoreVisibility() + ").");
        }
        if (q.releaseScores(Instant.now())) {
            notifications.sendAll(attempts.studentUserIds(q), NotificationType.QUIZ_SCORES_RELEASED, "Quiz scores released",
                    "Your score for \"" + q.getTitle() + "\" is now available.", Map.of("quiz_id", q.getId()));
        }
        return attempts.count(q);
    }

    @Transactional
    public int releaseAnswers(Viewer viewer, long id) {
        Quiz q = manageable(viewer, id);
        if (!Quiz.MANUAL.equals(q.getAnswersVisibility())) {
            throw ApiException.error(400, "Answers of this quiz are not released by hand (answers_visibility is " + q.getAnswersVisibility() + ").");
        }
        if (q.releaseAnswers(Instant.now())) {
            notifications.sendAll(attempts.studentUserIds(q), NotificationType.QUIZ_ANSWERS_RELEASED, "Quiz answers released",
                    "The correct answers of \"" + q.getTitle() + "\" are now available.", Map.of("quiz_id", q.getId()));
        }
        return attempts.count(q);
    }

    /** Staff of the course (assistants included: they may release and grade) or the site owner; else 403. */
    Quiz manageable(Viewer viewer, long id) {
        Quiz q = load(id);
        access.requireManager(viewer, q.getLecture().getTopic().getCourse(), WHAT);
        return q;
    }

    private Map<String, Object> detail(Quiz q, boolean staff) {
        List<QuizQuestion> placed = attempts.placements(q);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.getId());
        m.put("lecture", q.getLecture().getId());
        m.put("lecture_name", q.getLecture().getName());
        m.put("title", q.getTitle());
        m.put("description", q.getDescription());
        m.put("passing_score", q.getPassingScore());
        m.put("is_active", q.isActive());
        m.put("is_published", q.isPublished());
        m.put("total_points", placed.stream().mapToInt(QuizQuestion::getEffectivePoints).sum());
        m.put("question_count", placed.size());
        m.put("settings", SettingsView.of(q));
        if (staff) {
            Map<Long, List<Choice>> choices = questions.choicesOf(placed.stream().map(p -> p.getQuestion().getId()).toList());
            List<Map<String, Object>> items = new ArrayList<>();
            for (QuizQuestion p : placed) {
                items.add(QuestionItems.item(p.getId(), p.getQuestion(), p.getSortOrder(), p.getPointsOverride(), p.getEffectivePoints(),
                        choices.getOrDefault(p.getQuestion().getId(), List.of()), true));
            }
            m.put("questions", items);
            m.put("scores_released_at", q.getScoresReleasedAt());
            m.put("answers_released_at", q.getAnswersReleasedAt());
        }
        m.put("created_at", q.getCreatedAt());
        return m;
    }

    private void place(Quiz q, List<Pick> picks, List<Question> chosen) {
        for (int i = 0; i < picks.size(); i++) {
            em.persist(new QuizQuestion(q, chosen.get(i), i + 1, picks.get(i).pointsOverride()));
        }
        em.flush();
    }

    private List<Pick> current(Quiz q) {
        return attempts.placements(q).stream().map(p -> new Pick(p.getQuestion().getId(), p.getPointsOverride())).toList();
    }

    private void notifyIfPublished(Quiz q) {
        if (q.claimPublishNotice(Instant.now())) {
            Lecture l = q.getLecture();
            notifications.sendAll(purchases.unexpiredBuyerUserIds(l.getId()), NotificationType.QUIZ_PUBLISHED, "New quiz",
                    "\"" + q.getTitle() + "\" was published for " + l.getName() + ".", Map.of("quiz_id", q.getId(), "lecture_id", l.getId()));
        }
    }

    private static void requirePublishable(FormBody body, Quiz q, int questionCount) {
        if (q.isPublished() && questionCount == 0 && !body.errors().has("question_ids") && !body.errors().has("questions")) {
            body.errors().add("is_published", "A quiz needs at least one question to be published.");
        }
    }

    private static String field(FormBody body) {
        return body.has("questions") ? "questions" : "question_ids";
    }

    private static List<Long> ids(List<Pick> picks) {
        return picks.stream().map(Pick::question).toList();
    }

    private static String title(FormBody body) {
        String title = body.requiredString("title");
        body.errors().maxLength("title", title, 200);
        return title;
    }

    Quiz load(long id) {
        List<Quiz> found = em.createQuery("select q from Quiz q join fetch q.lecture l join fetch l.topic t join fetch t.course c "
                + "where q.id = :id", Quiz.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }
}
