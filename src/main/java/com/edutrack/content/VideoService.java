package com.edutrack.content;

import java.util.Map;
import java.util.Set;

import com.edutrack.catalog.Viewer;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Videos of lectures, written by the course's teacher (the write flow is {@link CourseContentService}'s). */
@ApplicationScoped
public class VideoService extends CourseContentService<Video, Lecture, VideoForm, VideoView> {
    static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "created_at", "createdAt",
            "duration_minutes", "durationMinutes");

    private static final ContentKind<Video, Lecture, VideoForm> KIND = new ContentKind<>("videos",
            Video.class, "select v from Video v join fetch v.lecture l join fetch l.topic t join fetch t.course c where v.id = :id",
            "lecture", Lecture.class, "select l from Lecture l join fetch l.topic t join fetch t.course where l.id = :id", Lecture::course,
            (lecture, form) -> new Video(lecture, form.name().value(), form.platform().value(), form.videoUrl().value()),
            Video::setLecture);

    @Inject
    Purchases purchases;

    public VideoService() {
        super(KIND);
    }

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

    @Transactional
    public void delete(long teacherId, long id) {
        Video v = owned(teacherId, id);
        em.createQuery("delete from VideoProgress p where p.video = :v").setParameter("v", v).executeUpdate();
        em.remove(v);
    }


    /** Platform and URL are one rule: a change of either is checked against the other's new or stored value. */
    @Override
    void check(Video stored, VideoForm form) {
        VideoPlatform platform = platform(stored, form);
        String url = url(stored, form);
        if (platform != null && url != null && !form.errors().has("video_url") && platform.urlProblem(url) != null) {
            form.errors().add("video_url", platform.urlProblem(url));
        }
    }

    @Override
    void apply(Video v, VideoForm form) {
        form.durationMinutes().ifSent(v::setDurationMinutes);
        form.isActive().ifValue(v::setActive);
        v.setSource(platform(v, form), url(v, form));
    }

    /** A video has no computed counts. */
    @Override
    void reread(Video video) {
    }

    @Override
    VideoView written(Video video, long teacherId) {
        return VideoView.of(video, true);
    }

    private static VideoPlatform platform(Video stored, VideoForm form) {
        return form.platform().sent() || stored == null ? form.platform().value() : stored.getPlatform();
    }

    private static String url(Video stored, VideoForm form) {
        return form.videoUrl().sent() || stored == null ? form.videoUrl().value() : stored.getVideoUrl();
    }
}
