package com.edutrack.assessment.bank;

import java.util.List;
import java.util.Map;

import com.edutrack.assessment.Fields;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Role;
import com.edutrack.structure.Grade;
import com.edutrack.structure.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The curriculum (chapters and lessons) of platform.md section 5: anyone signed in reads it; a
 * teacher writes the curriculum of their own subject, the site owner all of it. A chapter or
 * lesson that questions hang on is not deleted.
 */
@ApplicationScoped
public class CurriculumService {
    static final String NOT_YOUR_SUBJECT = "You can only manage the curriculum of your own subject";
    private static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "name", "name", "created_at", "createdAt");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    public record ChapterView(long id, long subject, long grade, String name, int order) {
        static ChapterView of(Chapter c) {
            return new ChapterView(c.getId(), c.getSubject().getId(), c.getGrade().getId(), c.getName(), c.getSortOrder());
        }
    }

    public record LessonView(long id, long chapter, String name, int order) {
        static LessonView of(Lesson l) {
            return new LessonView(l.getId(), l.getChapter().getId(), l.getName(), l.getSortOrder());
        }
    }

    public record ChapterFilters(Long subject, Long grade, String search, String ordering) {
    }

    public record LessonFilters(Long chapter, Long subject, Long grade, String search, String ordering) {
    }

    @Transactional
    public Page<ChapterView> chapters(ChapterFilters f, PageRequest page) {
        return ListQuery.of(em, Chapter.class).equal("subject.id", f.subject()).equal("grade.id", f.grade())
                .search(f.search(), "name").ordering(f.ordering(), ORDERING, "sortOrder").page(page).map(ChapterView::of);
    }

    @Transactional
    public ChapterView chapter(long id) {
        return ChapterView.of(loadChapter(id));
    }

    @Transactional
    public ChapterView createChapter(Viewer viewer, FormBody body) {
        Subject subject = find(body, "subject", Subject.class, body.requiredInteger("subject"));
        Grade grade = find(body, "grade", Grade.class, body.requiredInteger("grade"));
        String name = name(body);
        Integer order = Fields.range(body.errors(), "order", body.integer("order"), 0, Integer.MAX_VALUE);
        body.errors().throwIfAny();
        requireSubject(viewer, subject.getId());
        Chapter c = new Chapter(subject, grade, name);
        c.setSortOrder(order == null ? 0 : order);
        em.persist(c);
        return ChapterView.of(c);
    }

    @Transactional
    public ChapterView updateChapter(Viewer viewer, long id, FormBody body, boolean partial) {
        Chapter c = loadChapter(id);
        requireSubject(viewer, c.getSubject().getId());
        if (!partial || body.has("subject")) {
            Subject subject = find(body, "subject", Subject.class, body.requiredInteger("subject"));
            if (subject != null) {
                requireSubject(viewer, subject.getId());
                c.setSubject(subject);
            }
        }
        if (!partial || body.has("grade")) {
            Grade grade = find(body, "grade", Grade.class, body.requiredInteger("grade"));
            if (grade != null) {
                c.setGrade(grade);
            }
        }
        if (!partial || body.has("name")) {
            c.setName(name(body));
        }
        if (body.has("order")) {
            Integer order = Fields.range(body.errors(), "order", body.requiredInteger("order"), 0, Integer.MAX_VALUE);
            if (order != null) {
                c.setSortOrder(order);
            }
        }
        body.errors().throwIfAny();
        return ChapterView.of(c);
    }

    /** Deletes the chapter with its lessons, unless a question hangs on one of them. */
    @Transactional
    public void deleteChapter(Viewer viewer, long id) {
        Chapter c = loadChapter(id);
        requireSubject(viewer, c.getSubject().getId());
        long questions = em.createQuery("select count(q) from Question q where q.lesson.chapter = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        if (questions > 0) {
            throw ApiException.error(400, "This chapter has questions and cannot be deleted.");
        }
        em.createQuery("delete from Lesson l where l.chapter = :c").setParameter("c", c).executeUpdate();
        em.remove(c);
    }

    @Transactional
    public Page<LessonView> lessons(LessonFilters f, PageRequest page) {
        return ListQuery.of(em, Lesson.class).equal("chapter.id", f.chapter()).equal("chapter.subject.id", f.subject())
                .equal("chapter.grade.id", f.grade()).search(f.search(), "name")
                .ordering(f.ordering(), ORDERING, "sortOrder").fetch("chapter").page(page).map(LessonView::of);
    }

    @Transactional
    public LessonView lesson(long id) {
        return LessonView.of(loadLesson(id));
    }

    @Transactional
    public LessonView createLesson(Viewer viewer, FormBody body) {
        Chapter chapter = find(body, "chapter", Chapter.class, body.requiredInteger("chapter"));
        String name = name(body);
        Integer order = Fields.range(body.errors(), "order", body.integer("order"), 0, Integer.MAX_VALUE);
        body.errors().throwIfAny();
        requireSubject(viewer, chapter.getSubject().getId());
        Lesson l = new Lesson(chapter, name);
        l.setSortOrder(order == null ? 0 : order);
        em.persist(l);
        return LessonView.of(l);
    }

    @Transactional
    public LessonView updateLesson(Viewer viewer, long id, FormBody body, boolean partial) {
        Lesson l = loadLesson(id);
        requireSubject(viewer, l.getChapter().getSubject().getId());
        if (!partial || body.has("chapter")) {
            Chapter chapter = find(body, "chapter", Chapter.class, body.requiredInteger("chapter"));
            if (chapter != null) {
                requireSubject(viewer, chapter.getSubject().getId());
                l.setChapter(chapter);
            }
        }
        if (!partial || body.has("name")) {
            l.setName(name(body));
        }
        if (body.has("order")) {
            Integer order = Fields.range(body.errors(), "order", body.requiredInteger("order"), 0, Integer.MAX_VALUE);
            if (order != null) {
                l.setSortOrder(order);
            }
        }
        body.errors().throwIfAny();
        return LessonView.of(l);
    }

    @Transactional
    public void deleteLesson(Viewer viewer, long id) {
        Lesson l = loadLesson(id);
        requireSubject(viewer, l.getChapter().getSubject().getId());
        long questions = em.createQuery("select count(q) from Question q where q.lesson = :l", Long.class)
                .setParameter("l", l).getSingleResult();
        if (questions > 0) {
            throw ApiException.error(400, "This lesson has questions and cannot be deleted.");
        }
        em.remove(l);
    }

    /** The site owner writes any subject; a teacher only the subject of their profile. */
    private void requireSubject(Viewer viewer, long subjectId) {
        if (viewer.role() == Role.SITEOWNER) {
            return;
        }
        List<Long> own = em.createQuery("select t.subject.id from Teacher t where t.id = :t", Long.class)
                .setParameter("t", viewer.requireTeacher()).getResultList();
        if (own.isEmpty() || own.get(0) == null || own.get(0) != subjectId) {
            throw ApiException.error(403, NOT_YOUR_SUBJECT);
        }
    }

    private String name(FormBody body) {
        String name = body.requiredString("name");
        body.errors().maxLength("name", name, 200);
        return name;
    }

    private <T> T find(FormBody body, String field, Class<T> type, Long id) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            body.errors().add(field, Fields.invalidPk(id));
        }
        return found;
    }

    private Chapter loadChapter(long id) {
        Chapter c = em.find(Chapter.class, id);
        if (c == null) {
            throw ApiException.notFound();
        }
        return c;
    }

    Lesson loadLesson(long id) {
        List<Lesson> found = em.createQuery("select l from Lesson l join fetch l.chapter where l.id = :id", Lesson.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }
}
