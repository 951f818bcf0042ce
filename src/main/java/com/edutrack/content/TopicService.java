package com.edutrack.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.catalog.Course;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.storage.MediaUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Topics: chapters of a course, written by its teacher (the write flow is {@link CourseContentService}'s). */
@ApplicationScoped
public class TopicService extends CourseContentService<Topic, Course, TopicForm, TopicView> {
    static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "created_at", "createdAt", "name", "name");
    private static final ContentKind<Topic, Course, TopicForm> KIND = new ContentKind<>("topics",
            Topic.class, "select t from Topic t join fetch t.course c join fetch c.teacher te join fetch te.user where t.id = :id",
            "course", Course.class, "select c from Course c where c.id = :id", course -> course,
            (course, form) -> new Topic(course, form.name().value()), Topic::setCourse);

    @Inject
    LectureAssembler lectureAssembler;
    @Inject
    Purchases purchases;
    @Inject
    LectureService lectures;
    @Inject
    MediaUrls media;

    public TopicService() {
        super(KIND);
    }

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
        return TopicDetailView.of(t, lectureAssembler.of(lecturesOf(viewer, t), viewer));
    }

    /** The plain array of {@code /topics/{id}/lectures/}. */
    @Transactional
    public List<LectureSummaryView> lectures(Viewer viewer, long id) {
        List<Lecture> ls = lecturesOf(viewer, visible(viewer, id));
        Set<Long> owned = viewer.isStudent()
                ? purchases.unexpiredAmong(viewer.studentId(), ls.stream().map(Lecture::getId).toList()) : Set.of();
        return ls.stream().map(l -> LectureSummaryView.of(l, viewer.isStudent(), owned.contains(l.getId()), media::url)).toList();
    }

    private List<Lecture> lecturesOf(Viewer viewer, Topic t) {
        String onlyVisible = viewer.isStudent() ? " and l.visible = true" : "";
        return em.createQuery("select l from Lecture l where l.topic = :t" + onlyVisible + " order by l.sortOrder, l.id", Lecture.class)
                .setParameter("t", t).getResultList();
    }

    /** Deletes the topic with its lectures and their videos, unless one of the lectures was ever bought (see LectureService.delete). */
    @Transactional
    public void delete(long teacherId, long id) {
        Topic t = owned(teacherId, id);
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


    @Override
    void apply(Topic topic, TopicForm form) {
        form.description().ifSent(topic::setDescription);
        form.isActive().ifValue(topic::setActive);
    }

    @Override
    TopicView written(Topic topic, long teacherId) {
        return TopicView.of(topic, false);
    }
}
