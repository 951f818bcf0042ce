package com.edutrack.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.catalog.Viewer;
import com.edutrack.platform.storage.MediaUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Builds full lectures ({@link LectureView}) for any number of lectures with one query for their videos and one
 * purchase lookup, so nested views cost the same for 2 or 100 children.
 */
@ApplicationScoped
public class LectureAssembler {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Purchases purchases;
    @Inject
    MediaUrls media;

    /** The lectures must come with topic.course.teacher.user loaded. */
    public List<LectureView> of(List<Lecture> lectures, Viewer viewer) {
        if (lectures.isEmpty()) {
            return List.of();
        }
        List<Long> ids = lectures.stream().map(Lecture::getId).toList();
        String onlyActive = viewer.isStudent() ? " and v.active = true" : "";
        List<Video> videos = em.createQuery("select v from Video v where v.lecture.id in :ids" + onlyActive
                + " order by v.sortOrder, v.id", Video.class).setParameter("ids", ids).getResultList();
        Map<Long, List<Video>> byLecture = new LinkedHashMap<>();
        for (Video v : videos) {
            byLecture.computeIfAbsent(v.getLecture().getId(), k -> new ArrayList<>()).add(v);
        }
        Set<Long> owned = viewer.isStudent() ? purchases.unexpiredAmong(viewer.studentId(), ids) : Set.of();
        List<LectureView> out = new ArrayList<>();
        for (Lecture l : lectures) {
            boolean showUrl = !viewer.isStudent() || owned.contains(l.getId());
            List<VideoView> vs = byLecture.getOrDefault(l.getId(), List.of()).stream().map(v -> VideoView.of(v, showUrl)).toList();
            out.add(LectureView.of(l, vs, viewer.isStudent(), owned.contains(l.getId()), media::url));
        }
        return out;
    }

    public LectureView of(Lecture lecture, Viewer viewer) {
        return of(List.of(lecture), viewer).get(0);
    }
}
