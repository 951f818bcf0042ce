package com.edutrack.content;

import java.util.List;
import java.util.Map;

import com.edutrack.accounts.Student;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Video watch progress: students report their own, staff read their students'. */
@ApplicationScoped
public class ProgressService {
    static final String NO_PURCHASE = "You have not purchased this lecture or your access has expired.";

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    VideoService videos;
    @Inject
    LectureService lectures;
    @Inject
    Purchases purchases;

    /**
     * A student's report for a video they can see and whose lecture they hold an unexpired
     * purchase of. Reports of one student run one at a time (a lock on the student's row), so
     * two parallel first reports make one row instead of a unique-constraint failure, and a late
     * smaller report never overwrites a larger one.
     */
    @Transactional
    public ProgressView report(Viewer viewer, long videoId, ProgressForm form) {
        Video v = videos.visible(viewer, videoId);
        if (!purchases.hasUnexpiredPurchase(viewer.studentId(), v.getLecture().getId())) {
            throw ApiException.error(403, NO_PURCHASE);
        }
        form.validate();
        Student student = em.find(Student.class, viewer.studentId(), LockModeType.PESSIMISTIC_WRITE);
        List<VideoProgress> found = em
                .createQuery("select p from VideoProgress p where p.student = :s and p.video = :v", VideoProgress.class)
                .setParameter("s", student).setParameter("v", v).getResultList();
        VideoProgress p = found.isEmpty() ? new VideoProgress(student, v) : found.get(0);
        p.report(form.watchedSeconds().value(), form.completed().value());
        if (found.isEmpty()) {
            em.persist(p);
        }
        em.flush();
        return ProgressView.of(p);
    }

    /** The student's own progress over the lecture's videos they can see. */
    @Transactional
    public List<ProgressView> ofLecture(Viewer viewer, long lectureId) {
        Lecture l = lectures.visible(viewer, lectureId);
        return em.createQuery("select p from VideoProgress p join fetch p.video v "
                        + "where p.student.id = :s and v.lecture = :l and v.active = true "
                        + "order by v.sortOrder, v.id", VideoProgress.class)
                .setParameter("s", viewer.studentId()).setParameter("l", l).getResultList()
                .stream().map(ProgressView::of).toList();
    }

    /** Staff: every student's progress on one of their videos, most recent first. */
    @Transactional
    public Page<StudentProgressView> ofVideo(Viewer viewer, long videoId, PageRequest page) {
        Video v = videos.visible(viewer, videoId);
        return ListQuery.of(em, VideoProgress.class).equal("video.id", v.getId())
                .ordering(null, Map.of(), "-updatedAt").fetch("student").page(page).map(StudentProgressView::of);
    }
}
