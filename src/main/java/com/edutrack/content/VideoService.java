package com.edutrack.content;

import java.util.List;
import com.edutrack.catalog.CourseAccess;
import com.edutrack.catalog.Viewer;
import java.util.Map;
import java.util.Set;

import com.edutrack.platform.input.NumberFields;
import com.edutrack.content.Views.VideoView;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Videos of seed section 5. */
@ApplicationScoped
public class VideoService {
    @jakarta.inject.Inject
    CourseAccess access;
    static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "created_at", "createdAt", "duration_minutes", "durationMinutes");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Purchases purchases;
    @Inject
    LectureService lectures;

    public record Filters(Long lecture, String platform, Boolean isActive, String search, String ordering) {
    }

    @Transactional
    public Page<VideoView> list(Viewer viewer, Filters f, PageRequest page) {
        ListQuery<Video> q = ListQuery.of(em, Video.class);
        access.restrict(q, viewer, "lecture.topic.course", "lecture.topic.active", "lecture.visible", "active");
        // A student's search never looks at URLs: matching parts of a withheld URL would spell it out.
        String[] searched = viewer.isStudent() ? new String[] {"name"} : new String[] {"name", "videoUrl"};
        Page<Video> found = q.equal("lecture.id", f.lecture()).equal("platform", f.platform()).equal("active", f.isActive())
                .search(f.search(), searched)
                .ordering(f.ordering(), ORDERING, "sortOrder").page(page);
        Set<Long> owned = viewer.isStudent()
                ? purchases.unexpiredAmong(viewer.studentId(), found.items().stream().map(v -> v.getLecture().getId()).distinct().toList())
                : Set.of();
        return found.map(v -> VideoView.of(v, !viewer.isStudent() || owned.contains(v.getLecture().getId())));
    }

    @Transactional
    public VideoView get(Viewer viewer, long id) {
        Video v = visible(viewer, id);
        boolean showUrl = !viewer.isStudent() || purchases.hasUnexpiredPurchase(viewer.studentId(), v.getLecture().getId());
        return VideoView.of(v, showUrl);
    }

    Video visible(Viewer viewer, long id) {
        Video v = load(id);
        access.requireVisible(viewer, v.getLecture().getTopic().getCourse(), v.isOpenToStudents());
        return v;
    }

    @Transactional
    public VideoView create(long teacherId, FormBody body) {
        Lecture lecture = lecture(body, body.requiredInteger("lecture"));
        String name = body.requiredString("name");
        VideoPlatform platform = platform(body, body.requiredString("platform"));
        String url = body.requiredString("video_url");
        Integer order = NumberFields.minMax(body.errors(), "order", body.integer("order"), 0, Integer.MAX_VALUE);
        Integer duration = NumberFields.minMax(body.errors(), "duration_minutes", body.integer("duration_minutes"), 0, Integer.MAX_VALUE);
        Boolean active = body.bool("is_active");
        body.errors().maxLength("name", name, 200);
        checkUrl(body, platform, url);
        body.errors().throwIfAny();
        access.requireOwner(teacherId, lecture.getTopic().getCourse(), "videos");
        Video v = new Video(lecture, name, platform, url);
        v.setSortOrder(order == null ? 0 : order);
        v.setDurationMinutes(duration);
        v.setActive(active == null || active);
        em.persist(v);
        em.flush();
        return VideoView.of(v, true);
    }

    @Transactional
    public VideoView update(long teacherId, long id, FormBody body, boolean partial) {
        Video v = load(id);
        access.requireOwner(teacherId, v.getLecture().getTopic().getCourse(), "videos");
        if (!partial || body.has("lecture")) {
            Lecture lecture = lecture(body, body.requiredInteger("lecture"));
            if (lecture != null) {
                access.requireOwner(teacherId, lecture.getTopic().getCourse(), "videos");
                v.setLecture(lecture);
            }
        }
        if (!partial || body.has("name")) {
            String name = body.requiredString("name");
            body.errors().maxLength("name", name, 200);
            v.setName(name);
        }
        VideoPlatform platform = v.getPlatform();
        String url = v.getVideoUrl();
        if (!partial || body.has("platform")) {
            platform = platform(body, body.requiredString("platform"));
        }
        if (!partial || body.has("video_url")) {
            url = body.requiredString("video_url");
        }
        // A platform change re-checks the stored URL against the new platform (and the reverse).
        checkUrl(body, platform, url);
        if (body.has("order")) {
            Integer order = NumberFields.minMax(body.errors(), "order", body.requiredInteger("order"), 0, Integer.MAX_VALUE);
            if (order != null) {
                v.setSortOrder(order);
            }
        }
        if (body.has("duration_minutes")) {
            v.setDurationMinutes(NumberFields.minMax(body.errors(), "duration_minutes", body.integer("duration_minutes"), 0, Integer.MAX_VALUE));
        }
        if (body.has("is_active")) {
            Boolean active = body.bool("is_active");
            if (active != null) {
                v.setActive(active);
            }
        }
        body.errors().throwIfAny();
        v.setSource(platform, url);
        em.flush();
        return VideoView.of(v, true);
    }

    @Transactional
    public void delete(long teacherId, long id) {
        Video v = load(id);
        access.requireOwner(teacherId, v.getLecture().getTopic().getCourse(), "videos");
        em.createQuery("delete from VideoProgress p where p.video = :v").setParameter("v", v).executeUpdate();
        em.remove(v);
    }

    Video load(long id) {
        List<Video> found = em.createQuery("select v from Video v join fetch v.lecture l join fetch l.topic t join fetch t.course c "
                + "where v.id = :id", Video.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    private void checkUrl(FormBody body, VideoPlatform platform, String url) {
        if (platform == null || url == null || body.errors().has("video_url")) {
            return;
        }
        body.errors().maxLength("video_url", url, 500);
        String problem = platform.urlProblem(url);
        if (problem != null) {
            body.errors().add("video_url", problem);
        }
    }

    private VideoPlatform platform(FormBody body, String code) {
        if (code == null || body.errors().has("platform")) {
            return null;
        }
        VideoPlatform p = VideoPlatform.fromCode(code);
        if (p == null) {
            body.errors().add("platform", "\"" + code + "\" is not a valid choice.");
        }
        return p;
    }

    private Lecture lecture(FormBody body, Long id) {
        if (id == null) {
            return null;
        }
        List<Lecture> found = em.createQuery("select l from Lecture l join fetch l.topic t join fetch t.course where l.id = :id", Lecture.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            body.errors().add("lecture", "Invalid pk \"" + id + "\" - object does not exist.");
            return null;
        }
        return found.get(0);
    }
}
