package com.edutrack.assessment.homework;

import java.math.BigDecimal;
import com.edutrack.catalog.CourseAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.edutrack.accounts.ContentAccess;
import com.edutrack.accounts.Student;
import com.edutrack.assessment.AnswerInput;
import com.edutrack.assessment.AssessmentScope;
import com.edutrack.assessment.AssessmentScope.ListFilters;
import com.edutrack.assessment.Fields;
import com.edutrack.assessment.Grading;
import com.edutrack.assessment.IdList;
import com.edutrack.assessment.QuestionItems;
import com.edutrack.assessment.QuestionPicks;
import com.edutrack.assessment.QuestionPicks.Pick;
import com.edutrack.assessment.bank.Choice;
import com.edutrack.assessment.bank.Question;
import com.edutrack.assessment.bank.QuestionService;
import com.edutrack.assessment.bank.QuestionType;
import com.edutrack.assessment.homework.HomeworkViews.AnswerView;
import com.edutrack.assessment.homework.HomeworkViews.HomeworkSummary;
import com.edutrack.assessment.homework.HomeworkViews.SubmissionRow;
import com.edutrack.assessment.homework.HomeworkViews.SubmissionView;
import com.edutrack.content.Lecture;
import com.edutrack.content.Purchases;
import com.edutrack.catalog.Viewer;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
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

/**
 * Homeworks (seed section 9, platform.md section 5): staff build them from multiple-choice bank
 * questions; a student who bought the lecture submits once and is graded at once.
 */
@ApplicationScoped
public class HomeworkService {
    @jakarta.inject.Inject
    CourseAccess access;
    static final String WHAT = "homeworks";
    public static final String NO_PURCHASE = "You need an active purchase of this lecture.";
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
    ContentAccess contentAccess;

    @Transactional
    public Page<HomeworkSummary> list(Viewer viewer, ListFilters f, PageRequest page) {
        return scope.list(Homework.class, viewer, f, page).map(HomeworkSummary::of);
    }

    /**
     * Staff get everything. A student gets the questions without {@code is_correct} and without
     * {@code model_answer} until they submitted; then both, and {@code my_submission} names it.
     */
    @Transactional
    public Map<String, Object> get(Viewer viewer, long id) {
        Homework h = load(id);
        if (!viewer.isStudent()) {
            access.requireStaffView(viewer, h.getLecture().getTopic().getCourse());
            return detail(h, true, null);
        }
        requireStudentAccess(viewer.studentId(), h);
        Long submission = em.createQuery("select s.id from HomeworkSubmission s where s.homework = :h and s.student.id = :s", Long.class)
                .setParameter("h", h).setParameter("s", viewer.studentId()).getResultStream().findFirst().orElse(null);
        return detail(h, submission != null, submission);
    }

    @Transactional
    public Map<String, Object> create(Viewer viewer, long userId, FormBody body) {
        Lecture lecture = scope.lecture(body, body.requiredInteger("lecture"));
        Homework h = new Homework(lecture, userId);
        h.setTitle(title(body));
        List<Pick> picks = QuestionPicks.read(body);
        apply(h, body, false);
        List<Question> chosen = picks == null ? List.of() : multipleChoice(body, questions.forAssessment(viewer, ids(picks), body.errors(), field(body)));
        requirePublishable(body, h, picks == null ? 0 : picks.size());
        body.errors().throwIfAny();
        access.requireManager(viewer, lecture.getTopic().getCourse(), WHAT);
        em.persist(h);
        place(h, picks == null ? List.of() : picks, chosen);
        notifyIfPublished(h);
        return detail(h, true, null);
    }

    /** Sent question_ids/questions replace all questions, refused once a student submitted. */
    @Transactional
    public Map<String, Object> update(Viewer viewer, long id, FormBody body, boolean partial) {
        Homework h = load(id);
        access.requireManager(viewer, h.getLecture().getTopic().getCourse(), WHAT);
        if (!partial || body.has("lecture")) {
            Lecture lecture = scope.lecture(body, body.requiredInteger("lecture"));
            if (lecture != null) {
                access.requireManager(viewer, lecture.getTopic().getCourse(), WHAT);
                h.setLecture(lecture);
            }
        }
        if (!partial || body.has("title")) {
            h.setTitle(title(body));
        }
        apply(h, body, partial);
        List<Pick> picks = QuestionPicks.read(body);
        List<Question> chosen = picks == null ? null : multipleChoice(body, questions.forAssessment(viewer, ids(picks), body.errors(), field(body)));
        requirePublishable(body, h, picks != null ? picks.size() : (int) h.getQuestionCount());
        body.errors().throwIfAny();
        if (picks != null && !picks.equals(current(h))) {
            if (hasSubmissions(h)) {
                throw ApiException.field(field(body), "Questions cannot be changed once students have submitted.");
            }
            em.createQuery("delete from HomeworkQuestion hq where hq.homework = :h").setParameter("h", h).executeUpdate();
            place(h, picks, chosen);
        }
        notifyIfPublished(h);
        em.flush();
        return detail(h, true, null);
    }

    /** Deletes the homework with its submissions. */
    @Transactional
    public void delete(Viewer viewer, long id) {
        Homework h = load(id);
        access.requireManager(viewer, h.getLecture().getTopic().getCourse(), WHAT);
        em.createQuery("delete from HomeworkAnswer a where a.submission.id in (select s.id from HomeworkSubmission s where s.homework = :h)")
                .setParameter("h", h).executeUpdate();
        em.createQuery("delete from HomeworkSubmission s where s.homework = :h").setParameter("h", h).executeUpdate();
        em.createQuery("delete from HomeworkQuestion hq where hq.homework = :h").setParameter("h", h).executeUpdate();
        em.remove(h);
    }

    @Transactional
    public Page<SubmissionRow> submissions(Viewer viewer, long homeworkId, PageRequest page) {
        Homework h = load(homeworkId);
        access.requireStaffView(viewer, h.getLecture().getTopic().getCourse());
        return ListQuery.of(em, HomeworkSubmission.class).equal("homework.id", homeworkId)
                .ordering(null, Map.of(), "-submittedAt").fetch("student", "homework").page(page).map(SubmissionRow::of);
    }

    @Transactional
    public Page<SubmissionRow> mySubmissions(long studentId, Long homework, PageRequest page) {
        return ListQuery.of(em, HomeworkSubmission.class).equal("student.id", studentId).equal("homework.id", homework)
                .ordering(null, Map.of(), "-submittedAt").fetch("student", "homework").page(page).map(SubmissionRow::of);
    }

    /** A student sees only their own submission (others: 404); staff those of their courses. */
    @Transactional
    public SubmissionView submission(Viewer viewer, long id) {
        List<HomeworkSubmission> found = em.createQuery("""
                select s from HomeworkSubmission s join fetch s.homework h join fetch h.lecture l join fetch l.topic t join fetch t.course
                join fetch s.student where s.id = :id""", HomeworkSubmission.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        HomeworkSubmission s = found.get(0);
        if (viewer.isStudent()) {
            if (!s.getStudent().getId().equals(viewer.studentId())) {
                throw ApiException.notFound();
            }
        } else {
            access.requireStaffView(viewer, s.getHomework().getLecture().getTopic().getCourse());
        }
        return view(s);
    }

    /**
     * Grades and stores the student's one submission. The student's row is locked first, so two
     * concurrent submits of one student are ordered and the second finds the first (400).
     */
    @Transactional
    public SubmissionView submit(long studentId, long homeworkId, FormBody body) {
        contentAccess.require(studentId);
        Homework h = load(homeworkId);
        requireStudentAccess(studentId, h);
        Instant now = Instant.now();
        if (h.getOpenDate() != null && now.isBefore(h.getOpenDate())) {
            throw ApiException.error(400, "This homework is not open yet.");
        }
        if (h.getCloseDate() != null && now.isAfter(h.getCloseDate())) {
            throw ApiException.error(400, "This homework is closed.");
        }
        List<HomeworkQuestion> placed = placements(h);
        Map<Long, List<Choice>> choices = questions.choicesOf(placed.stream().map(p -> p.getQuestion().getId()).toList());
        List<AnswerInput> answers = AnswerInput.read(body, true);
        Map<Long, AnswerInput.Target> targets = new HashMap<>();
        for (HomeworkQuestion p : placed) {
            targets.put(p.getQuestion().getId(), new AnswerInput.Target(p.getQuestion().getType(),
                    choices.getOrDefault(p.getQuestion().getId(), List.of()).stream().map(Choice::getId).collect(Collectors.toSet())));
        }
        AnswerInput.check(body.errors(), answers, targets);
        body.errors().throwIfAny();

        Student student = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        boolean already = em.createQuery("select count(s) from HomeworkSubmission s where s.homework = :h and s.student = :s", Long.class)
                .setParameter("h", h).setParameter("s", student).getSingleResult() > 0;
        if (already) {
            throw ApiException.error(400, "You have already submitted this homework.");
        }
        Map<Long, AnswerInput> byQuestion = answers.stream().collect(Collectors.toMap(AnswerInput::question, a -> a));
        int max = placed.stream().mapToInt(HomeworkQuestion::getEffectivePoints).sum();
        HomeworkSubmission s = new HomeworkSubmission(h, student, max, now);
        em.persist(s);
        for (HomeworkQuestion p : placed) {
            AnswerInput a = byQuestion.get(p.getQuestion().getId());
            Set<Long> selected = a == null ? Set.of() : a.selectedChoices();
            Set<Long> correct = choices.getOrDefault(p.getQuestion().getId(), List.of()).stream().filter(Choice::isCorrect)
                    .map(Choice::getId).collect(Collectors.toSet());
            boolean right = Grading.choicesCorrect(selected, correct);
            BigDecimal points = Grading.points(right, p.getEffectivePoints());
            s.add(points);
            em.persist(new HomeworkAnswer(s, p, IdList.format(selected), a == null ? null : a.textAnswer(), right, points));
        }
        em.flush();
        return view(s);
    }

    private void requireStudentAccess(long studentId, Homework h) {
        if (!h.isOpenToStudents()) {
            throw ApiException.notFound();
        }
        if (!purchases.hasUnexpiredPurchase(studentId, h.getLecture().getId())) {
            throw ApiException.detail(403, NO_PURCHASE);
        }
    }

    private SubmissionView view(HomeworkSubmission s) {
        List<HomeworkAnswer> answers = em.createQuery("""
                select a from HomeworkAnswer a join fetch a.homeworkQuestion hq join fetch hq.question
                where a.submission = :s order by a.sortOrder, a.id""", HomeworkAnswer.class).setParameter("s", s).getResultList();
        Map<Long, List<Choice>> choices = questions.choicesOf(answers.stream().map(a -> a.getHomeworkQuestion().getQuestion().getId()).toList());
        List<AnswerView> views = new ArrayList<>();
        for (HomeworkAnswer a : answers) {
            Question q = a.getHomeworkQuestion().getQuestion();
            views.add(new AnswerView(a.getId(), q.getId(), a.getSortOrder(), q.getText(), q.getImage(), q.getType().code(),
                    IdList.parse(a.getSelectedChoices()), a.getTextAnswer(), a.isCorrect(), a.getPointsAwarded(), a.getMaxPoints(),
                    QuestionItems.choices(choices.getOrDefault(q.getId(), List.of()), true)));
        }
        Homework h = s.getHomework();
        return new SubmissionView(s.getId(), h.getId(), h.getTitle(), s.getStudent().getId(), s.getStudent().getNameEn(),
                s.getStudent().getStudentCode(), s.getScore(), s.getMaxScore(), Grading.percent(s.getScore(), s.getMaxScore()),
                s.getSubmittedAt(), h.getModelAnswer(), views);
    }

    private Map<String, Object> detail(Homework h, boolean revealed, Long mySubmission) {
        List<HomeworkQuestion> placed = placements(h);
        Map<Long, List<Choice>> choices = questions.choicesOf(placed.stream().map(p -> p.getQuestion().getId()).toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (HomeworkQuestion p : placed) {
            items.add(QuestionItems.item(p.getId(), p.getQuestion(), p.getSortOrder(), p.getPointsOverride(), p.getEffectivePoints(),
                    choices.getOrDefault(p.getQuestion().getId(), List.of()), revealed));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.getId());
        m.put("lecture", h.getLecture().getId());
        m.put("lecture_name", h.getLecture().getName());
        m.put("title", h.getTitle());
        m.put("description", h.getDescription());
        if (revealed) {
            m.put("model_answer", h.getModelAnswer());
        }
        m.put("is_active", h.isActive());
        m.put("is_published", h.isPublished());
        m.put("total_points", placed.stream().mapToInt(HomeworkQuestion::getEffectivePoints).sum());
        m.put("question_count", placed.size());
        m.put("questions", items);
        m.put("open_date", h.getOpenDate());
        m.put("close_date", h.getCloseDate());
        m.put("created_at", h.getCreatedAt());
        if (mySubmission != null || !revealed) {
            m.put("my_submission", mySubmission);
        }
        return m;
    }

    private List<HomeworkQuestion> placements(Homework h) {
        return em.createQuery("select hq from HomeworkQuestion hq join fetch hq.question where hq.homework = :h order by hq.sortOrder, hq.id",
                HomeworkQuestion.class).setParameter("h", h).getResultList();
    }

    private void place(Homework h, List<Pick> picks, List<Question> chosen) {
        for (int i = 0; i < picks.size(); i++) {
            em.persist(new HomeworkQuestion(h, chosen.get(i), i + 1, picks.get(i).pointsOverride()));
        }
        em.flush();
    }

    private List<Pick> current(Homework h) {
        return placements(h).stream().map(p -> new Pick(p.getQuestion().getId(), p.getPointsOverride())).toList();
    }

    private boolean hasSubmissions(Homework h) {
        return em.createQuery("select count(s) from HomeworkSubmission s where s.homework = :h", Long.class)
                .setParameter("h", h).getSingleResult() > 0;
    }

    private void notifyIfPublished(Homework h) {
        if (h.claimPublishNotice(Instant.now())) {
            Lecture l = h.getLecture();
            notifications.sendAll(purchases.unexpiredBuyerUserIds(l.getId()), NotificationType.HOMEWORK_PUBLISHED, "New homework",
                    "\"" + h.getTitle() + "\" was published for " + l.getName() + ".", Map.of("homework_id", h.getId(), "lecture_id", l.getId()));
        }
    }

    /** The fields shared by create and update (update: only those sent, when partial). */
    private static void apply(Homework h, FormBody body, boolean partial) {
        if (!partial || body.has("description")) {
            String description = body.string("description");
            body.errors().maxLength("description", description, 5000);
            h.setDescription(Fields.blankToNull(description));
        }
        if (!partial || body.has("model_answer")) {
            String model = body.string("model_answer");
            body.errors().maxLength("model_answer", model, 10000);
            h.setModelAnswer(Fields.blankToNull(model));
        }
        if (body.has("is_active")) {
            Boolean active = body.bool("is_active");
            if (active != null) {
                h.setActive(active);
            }
        }
        if (body.has("is_published")) {
            Boolean published = body.bool("is_published");
            if (published != null) {
                h.setPublished(published);
            }
        }
        if (!partial || body.has("open_date")) {
            h.setOpenDate(body.dateTime("open_date"));
        }
        if (!partial || body.has("close_date")) {
            h.setCloseDate(body.dateTime("close_date"));
        }
        if (h.getOpenDate() != null && h.getCloseDate() != null && !h.getCloseDate().isAfter(h.getOpenDate())) {
            body.errors().add("close_date", "Close date must be after the open date.");
        }
    }

    private static void requirePublishable(FormBody body, Homework h, int questionCount) {
        if (h.isPublished() && questionCount == 0 && !body.errors().has("question_ids") && !body.errors().has("questions")) {
            body.errors().add("is_published", "A homework needs at least one question to be published.");
        }
    }

    private static List<Question> multipleChoice(FormBody body, List<Question> chosen) {
        if (chosen == null) {
            return null;
        }
        for (Question q : chosen) {
            if (q.getType() == QuestionType.WRITTEN) {
                body.errors().add(field(body), "Homework questions must be multiple-choice; question " + q.getId() + " is written.");
                return null;
            }
        }
        return chosen;
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

    Homework load(long id) {
        List<Homework> found = em.createQuery("select h from Homework h join fetch h.lecture l join fetch l.topic t join fetch t.course c "
                + "where h.id = :id", Homework.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }
}
