package com.edutrack.content;

import java.util.List;
import com.edutrack.catalog.CourseAccess;
import com.edutrack.catalog.Viewer;
import java.util.Map;
import java.util.Set;

import com.edutrack.platform.input.NumberFields;
import com.edutrack.catalog.Course;
import com.edutrack.content.Views.LectureSummaryView;
import com.edutrack.content.Views.TopicDetailView;
import com.edutrack.content.Views.TopicView;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.storage.ImageStore;
import com.edutrack.platform.storage.MediaUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Topics of seed section 3. */
@ApplicationScoped
public class TopicService {
    @jakarta.inject.Inject
    CourseAccess access;
    static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "created_at", "createdAt", "name", "name");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    LectureViews lectureViews;
    @Inject
    Purchases purchases;
    @Inject
    LectureService lectures;
    @Inject
    MediaUrls media;
    @Inject
    ImageStore images;

    public record Filters(Long course, Boolean isActive, String search, String ordering) {
    }

    @Transactional
    public Page<TopicView> list(Viewer viewer, Filters f, PageRequest page) {
        ListQuery<Topic> q = ListQuery.of(em, Topic.class);
        access.restrict(q, viewer, "course", "active");
        return q.equal("course.id", f.course()).equal("active", f.isActive())
                .search(f.search(), "name", "description", "course.name")
                .ordering(f.ordering(), ORDERING, "sortOrder").fetch("course")
                .page(page).map(t -> TopicView.of(t, viewer.isStudent()));
    }

    @Transactional
    public TopicDetailView get(Viewer viewer, long id) {
        Topic t = visible(viewer, id);
        List<Lecture> ls = lectureQuery(viewer, t);
        return TopicDetailView.of(t, lectureViews.of(ls, viewer));
    }

    /** The plain array of {@code /topics/{id}/lectures/}. */
    @Transactional
    public List<LectureSummaryView> lectures(Viewer viewer, long id) {
        Topic t = visible(viewer, id);
        List<Lecture> ls = lectureQuery(viewer, t);
        Set<Long> owned = viewer.isStudent()
                ? purchases.unexpiredAmong(viewer.studentId(), ls.stream().map(Lecture::getId).toList()) : Set.of();
        return ls.stream().map(l -> LectureSummaryView.of(l, viewer.isStudent(), owned.contains(l.getId()), media::url)).toList();
    }

    private List<Lecture> lectureQuery(Viewer viewer, Topic t) {
        String onlyVisible = viewer.isStudent() ? " and l.visible = true" : "";
        return em.createQuery("select l from Lecture l where l.topic = :t" + onlyVisible + " order by l.sortOrder, l.id", Lecture.class)
                .setParameter("t", t).getResultList();
    }

    @Transactional
    public TopicView create(long teacherId, FormBody body) {
        Long courseId = body.requiredInteger("course");
        String name = body.requiredString("name");
        String description = body.string("description");
        Integer order = NumberFields.minMax(body.errors(), "order", body.integer("order"), 0, Integer.MAX_VALUE);
        Boolean active = body.bool("is_active");
        body.errors().maxLength("name", name, 200);
        body.errors().maxLength("description", description, 5000);
        Course course = course(body, courseId);
        body.errors().throwIfAny();
        access.requireOwner(teacherId, course, "topics");
        Topic t = new Topic(course, name);
        t.setDescription(Inputs.blankToNull(description));
        t.setSortOrder(order == null ? 0 : order);
        t.setActive(active == null || active);
        em.persist(t);
        em.flush();
        em.refresh(t);
        return TopicView.of(t, false);
    }

    @Transactional
    public TopicView update(long teacherId, long id, FormBody body, boolean partial) {
        Topic t = load(id);
        access.requireOwner(teacherId, t.getCourse(), "topics");
        if (!partial || body.has("course")) {
            Course course = course(body, body.requiredInteger("course"));
            if (course != null) {
                access.requireOwner(teacherId, course, "topics");
                t.setCourse(course);
            }
        }
        if (!partial || body.has("name")) {
            String name = body.requiredString("name");
            body.errors().maxLength("name", name, 200);
            t.setName(name);
        }
        if (body.has("description")) {
            String description = body.string("description");
            body.errors().maxLength("description", description, 5000);
            t.setDescription(Inputs.blankToNull(description));
        }
        if (body.has("order")) {
            Integer order = NumberFields.minMax(body.errors(), "order", body.requiredInteger("order"), 0, Integer.MAX_VALUE);
            if (order != null) {
                t.setSortOrder(order);
            }
        }
        if (body.has("is_active")) {
            Boolean active = body.bool("is_active");
            if (active != null) {
                t.setActive(active);
            }
        }
        body.errors().throwIfAny();
        em.flush();
        em.refresh(t);
        return TopicView.of(t, false);
    }

    /** Deletes the topic with its lectures and their videos, unless one of the lectures was ever bought (see LectureService.delete). */
    @Transactional
    public void delete(long teacherId, long id) {
        Topic t = load(id);
        access.requireOwner(teacherId, t.getCourse(), "topics");
        List<Long> ids = em.createQuery("select l.id from Lecture l where l.topic = :t", Long.class).setParameter("t", t).getResultList();
        if (purchases.anyOf(ids)) {
            throw ApiException.error(400, "This topic has purchased lectures and cannot be deleted. Deactivate it instead.");
        }
        List<String> pictures = ids.isEmpty() ? List.of()
                : em.createQuery("select l.picture from Lecture l where l.id in :ids and l.picture is not null", String.class)
                        .setParameter("ids", ids).getResultList();
        if (!ids.isEmpty()) {
            lectures.deleteContentOf(ids);
            em.createQuery("delete from Lecture l where l.id in :ids").setParameter("ids", ids).executeUpdate();
        }
        em.remove(t);
        em.flush();
        pictures.forEach(images::delete); // the lectures' pictures go with them, once the rows are gone
    }

    Topic load(long id) {
        List<Topic> found = em.createQuery("select t from Topic t join fetch t.course c join fetch c.teacher te join fetch te.user where t.id = :id", Topic.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    private Topic visible(Viewer viewer, long id) {
        Topic t = load(id);
        access.requireVisible(viewer, t.getCourse(), t.isOpenToStudents());
        return t;
    }

    private Course course(FormBody body, Long id) {
        if (id == null) {
            return null;
        }
        Course c = em.find(Course.class, id);
        if (c == null) {
            body.errors().add("course", "Invalid pk \"" + id + "\" - object does not exist.");
        }
        return c;
    }
}
