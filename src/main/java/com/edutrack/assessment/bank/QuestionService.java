package com.edutrack.assessment.bank;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.accounts.Teacher;
import com.edutrack.assessment.Fields;
import com.edutrack.assessment.bank.Question.ChoiceInput;
import com.edutrack.assessment.bank.QuestionViews.QuestionDetail;
import com.edutrack.assessment.bank.QuestionViews.QuestionSummary;
import com.edutrack.assessment.bank.QuestionViews.RandomSelection;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The question bank (seed section 8, platform.md section 5). Staff see their teacher's questions
 * and every global one; the site owner sees all. Only the question's teacher (or the site owner)
 * changes it; a question students already answered keeps its type and choices and is not deleted.
 */
@ApplicationScoped
public class QuestionService {
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");
    static final String NOT_YOURS = "You can only manage your own questions";
    private static final Map<String, String> ORDERING = Map.of("created_at", "createdAt", "points", "points", "difficulty", "difficulty",
            "question_type", "questionType", "id", "id");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    public record Filters(Long lesson, Long chapter, Long subject, String questionType, String difficulty, Boolean isGlobal,
                          String search, String ordering) {
    }

    @Transactional
    public Page<QuestionSummary> list(Viewer viewer, Filters f, PageRequest page) {
        return filtered(viewer, f.lesson(), f.questionType(), f.difficulty())
                .equal("lesson.chapter.id", f.chapter()).equal("lesson.chapter.subject.id", f.subject()).equal("global", f.isGlobal())
                .search(f.search(), "text", "explanation")
                .ordering(f.ordering(), ORDERING, "-createdAt").fetch("lesson.chapter.subject")
                .page(page).map(QuestionSummary::of);
    }

    @Transactional
    public QuestionDetail get(Viewer viewer, long id) {
        return QuestionDetail.of(visible(viewer, id));
    }

    @Transactional
    public QuestionDetail create(Viewer viewer, long userId, FormBody body) {
        Lesson lesson = lesson(body, body.requiredInteger("lesson"));
        String type = Fields.choice(body, "question_type", QuestionType.CODES, true);
        String text = text(body);
        String image = Fields.url(body, "image", 500);
        String difficulty = Fields.choice(body, "difficulty", DIFFICULTIES, false);
        Integer points = Fields.range(body.errors(), "points", body.integer("points"), Question.MIN_POINTS, Question.MAX_POINTS);
        String explanation = explanation(body);
        Boolean global = body.bool("is_global");
        List<ChoiceInput> choices = ChoicesInput.read(body.errors(), body.json("choices"), body.has("choices"));
        if (type != null && !body.errors().has("choices")) {
            ChoicesInput.check(body.errors(), QuestionType.of(type), choices == null ? List.of() : choices);
        }
        body.errors().throwIfAny();
        Teacher teacher = viewer.role() == Role.SITEOWNER ? null : em.find(Teacher.class, viewer.requireTeacher());
        Question q = new Question(lesson, teacher, userId);
        q.setType(QuestionType.of(type));
        q.setText(text);
        q.setImage(image);
        q.setDifficulty(difficulty == null ? "medium" : difficulty);
        q.setPoints(points == null ? 1 : points);
        q.setExplanation(Fields.blankToNull(explanation));
        q.setGlobal(Boolean.TRUE.equals(global));
        q.replaceChoices(choices == null ? List.of() : choices);
        em.persist(q);
        em.flush();
        return QuestionDetail.of(q);
    }

    /** PUT needs lesson, question_type and text; PATCH any subset. Sent choices replace all choices. */
    @Transactional
    public QuestionDetail update(Viewer viewer, long id, FormBody body, boolean partial) {
        Question q = manageable(viewer, id);
        if (!partial || body.has("lesson")) {
            Lesson lesson = lesson(body, body.requiredInteger("lesson"));
            if (lesson != null) {
                q.setLesson(lesson);
            }
        }
        QuestionType type = q.getType();
        if (!partial || body.has("question_type")) {
            String code = Fields.choice(body, "question_type", QuestionType.CODES, true);
            type = code == null ? type : QuestionType.of(code);
        }
        if (!partial || body.has("text")) {
            q.setText(text(body));
        }
        if (body.has("image")) {
            q.setImage(Fields.url(body, "image", 500));
        }
        if (body.has("difficulty")) {
            String difficulty = Fields.choice(body, "difficulty", DIFFICULTIES, true);
            if (difficulty != null) {
                q.setDifficulty(difficulty);
            }
        }
        if (body.has("points")) {
            Integer points = Fields.range(body.errors(), "points", body.requiredInteger("points"), Question.MIN_POINTS, Question.MAX_POINTS);
            if (points != null) {
                q.setPoints(points);
            }
        }
        if (body.has("explanation")) {
            q.setExplanation(Fields.blankToNull(explanation(body)));
        }
        if (body.has("is_global")) {
            Boolean global = body.bool("is_global");
            if (global != null) {
                q.setGlobal(global);
            }
        }
        List<ChoiceInput> choices = ChoicesInput.read(body.errors(), body.json("choices"), body.has("choices"));
        if (!body.errors().has("choices") && !body.errors().has("question_type")) {
            List<ChoiceInput> effective = choices != null ? choices : q.getChoices().stream()
                    .map(c -> new ChoiceInput(c.getText(), c.getImage(), c.isCorrect(), c.getSortOrder())).toList();
            ChoicesInput.check(body.errors(), type, effective);
        }
        body.errors().throwIfAny();
        if ((type != q.getType() || choices != null) && hasAnswers(q.getId())) {
            throw ApiException.error(400, "Students have already answered this question; its type and choices cannot be changed.");
        }
        q.setType(type);
        if (choices != null) {
            q.replaceChoices(choices);
        }
        em.flush();
        return QuestionDetail.of(q);
    }

    /** Removes the question from homeworks and quizzes nobody answered yet, then deletes it. */
    @Transactional
    public void delete(Viewer viewer, long id) {
        Question q = manageable(viewer, id);
        if (hasAnswers(id)) {
            throw ApiException.error(400, "This question is used in a homework or quiz that has submissions and cannot be deleted.");
        }
        em.createQuery("delete from HomeworkQuestion hq where hq.question.id = :q").setParameter("q", id).executeUpdate();
        em.createQuery("delete from QuizQuestion qq where qq.question.id = :q").setParameter("q", id).executeUpdate();
        em.remove(q);
    }

    /** Draws up to {@code count} accessible questions matching the filters, without repetition. */
    @Transactional
    public RandomSelection randomSelect(Viewer viewer, FormBody body) {
        Long lessonId = body.integer("lesson");
        if (lessonId != null && em.find(Lesson.class, lessonId) == null) {
            body.errors().add("lesson", Fields.invalidPk(lessonId));
        }
        String type = Fields.choice(body, "question_type", QuestionType.CODES, false);
        String difficulty = Fields.choice(body, "difficulty", DIFFICULTIES, false);
        Integer count = Fields.range(body.errors(), "count", body.requiredInteger("count"), 1, 500);
        body.errors().throwIfAny();
        List<Long> ids = new ArrayList<>(filtered(viewer, lessonId, type, difficulty).list().stream().map(Question::getId).toList());
        Collections.shuffle(ids, RANDOM);
        return new RandomSelection(ids.size(), count, List.copyOf(ids.subList(0, Math.min(count, ids.size()))));
    }

    /**
     * The questions behind {@code ids}, in that order, for a homework or quiz form: each must exist
     * and be visible to the viewer, else the field error names it. Choices are loaded with them.
     */
    public List<Question> forAssessment(Viewer viewer, List<Long> ids, com.edutrack.platform.errors.FieldErrors errors, String field) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Question> found = new HashMap<>();
        for (Question q : em.createQuery("select q from Question q where q.id in :ids", Question.class).setParameter("ids", ids).getResultList()) {
            found.put(q.getId(), q);
        }
        List<Question> out = new ArrayList<>();
        for (Long id : ids) {
            Question q = found.get(id);
            if (q == null || !visibleTo(viewer, q)) {
                errors.add(field, Fields.invalidPk(id));
                return null;
            }
            out.add(q);
        }
        return out;
    }

    /** Every choice of the given questions in display order, grouped by question; one query. */
    public Map<Long, List<Choice>> choicesOf(Collection<Long> questionIds) {
        Map<Long, List<Choice>> out = new LinkedHashMap<>();
        if (questionIds.isEmpty()) {
            return out;
        }
        for (Choice c : em.createQuery("select c from Choice c where c.question.id in :ids order by c.sortOrder, c.id", Choice.class)
                .setParameter("ids", questionIds).getResultList()) {
            out.computeIfAbsent(c.getQuestion().getId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** Whether a student has answered the question in a homework or a quiz (a submission or an attempt exists). */
    public boolean hasAnswers(long questionId) {
        long homework = em.createQuery("""
                select count(hq) from HomeworkQuestion hq where hq.question.id = :q
                and exists (select 1 from HomeworkSubmission s where s.homework = hq.homework)""", Long.class)
                .setParameter("q", questionId).getSingleResult();
        long quiz = em.createQuery("""
                select count(qq) from QuizQuestion qq where qq.question.id = :q
                and exists (select 1 from QuizAttempt a where a.quiz = qq.quiz)""", Long.class)
                .setParameter("q", questionId).getSingleResult();
        return homework + quiz > 0;
    }

    private ListQuery<Question> filtered(Viewer viewer, Long lesson, String type, String difficulty) {
        ListQuery<Question> q = ListQuery.of(em, Question.class);
        if (viewer.role() != Role.SITEOWNER) {
            long teacherId = viewer.requireTeacher();
            q.where((cb, root) -> cb.or(cb.equal(root.get("teacherId"), teacherId), cb.isTrue(root.get("global"))));
        }
        return q.equal("lesson.id", lesson).equal("questionType", type).equal("difficulty", difficulty);
    }

    static boolean visibleTo(Viewer viewer, Question q) {
        return viewer.role() == Role.SITEOWNER || q.isGlobal() || (viewer.isStaff() && q.belongsTo(viewer.teacherId()));
    }

    private Question load(long id) {
        List<Question> found = em.createQuery("select q from Question q join fetch q.lesson l join fetch l.chapter c join fetch c.subject "
                + "where q.id = :id", Question.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    private Question visible(Viewer viewer, long id) {
        Question q = load(id);
        if (!visibleTo(viewer, q)) {
            throw ApiException.notFound();
        }
        return q;
    }

    /** Visible (else 404) and owned: the question's teacher, or the site owner (else 403). */
    private Question manageable(Viewer viewer, long id) {
        Question q = visible(viewer, id);
        if (viewer.role() != Role.SITEOWNER && !q.belongsTo(viewer.requireTeacher())) {
            throw ApiException.error(403, NOT_YOURS);
        }
        return q;
    }

    private Lesson lesson(FormBody body, Long id) {
        if (id == null) {
            return null;
        }
        Lesson l = em.find(Lesson.class, id);
        if (l == null) {
            body.errors().add("lesson", Fields.invalidPk(id));
        }
        return l;
    }

    private static String text(FormBody body) {
        String text = body.requiredString("text");
        body.errors().maxLength("text", text, 10000);
        return text;
    }

    private static String explanation(FormBody body) {
        String explanation = body.string("explanation");
        body.errors().maxLength("explanation", explanation, 10000);
        return explanation;
    }
}
