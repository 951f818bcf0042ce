package com.edutrack.materials;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.edutrack.accounts.ContentAccess;
import com.edutrack.accounts.User;
import com.edutrack.content.Lecture;
import com.edutrack.content.LecturesDeleting;
import com.edutrack.content.Purchases;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.input.UploadedFile;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Study materials (seed section 11, platform.md section 5). Staff (a teacher and that teacher's
 * assistants) manage the materials of their teacher's courses, the site owner all of them; a
 * staff member asking for another teacher's material gets 404. Students read materials only of
 * lectures open to students that they hold an unexpired purchase of.
 */
@ApplicationScoped
public class MaterialService {
    public static final String NO_PURCHASE = "You need an active purchase of this lecture to access its materials.";
    static final Map<String, String> ORDERING = Map.of("title", "title", "created_at", "createdAt", "updated_at", "updatedAt",
            "file_size", "fileSize");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    MaterialFiles files;
    @Inject
    MaterialUrls urls;
    @Inject
    Purchases purchases;
    @Inject
    ContentAccess contentAccess;
    @Inject
    Notifications notifications;

    public record Filters(Long lecture, Long course, String search, String ordering) {
    }

    /**
     * What the download route answers, found and authorized inside the transaction: either the
     * file's content to stream (the caller closes it) or a short-lived presigned URL to redirect to.
     */
    public record Download(String fileName, long size, InputStream content, URI redirect) {
    }

    @Transactional
    public Page<MaterialView> list(Principal p, Filters f, PageRequest request) {
        ListQuery<StudyMaterial> q = ListQuery.of(em, StudyMaterial.class);
        switch (p.role()) {
            case SITEOWNER -> {
            }
            case TEACHER, ASSISTANT -> q.equal("lecture.topic.course.teacher.id", teacherOf(p));
            case STUDENT -> {
                contentAccess.require(p.studentId());
                q.in("lecture.id", purchases.unexpiredLectureIds(p.studentId())).equal("lecture.visible", Boolean.TRUE)
                        .equal("lecture.topic.active", Boolean.TRUE).equal("lecture.topic.course.active", Boolean.TRUE);
            }
        }
        Page<StudyMaterial> found = q.equal("lecture.id", f.lecture()).equal("lecture.topic.course.id", f.course())
                .search(f.search(), "title", "description", "fileName", "lecture.name")
                .ordering(f.ordering(), ORDERING, "-createdAt").fetch("lecture.topic.course", "uploadedBy")
                .page(request);
        return new Page<>(found.items().stream().map(this::view).toList(), found.total(), found.request());
    }

    @Transactional
    public MaterialView get(Principal p, long id) {
        return view(readable(p, id));
    }

    @Transactional
    public Download download(Principal p, long id) {
        StudyMaterial m = readable(p, id);
        Optional<URI> redirect = files.presignedDownload(m.getFileKey(), m.getFileName());
        if (redirect.isPresent()) {
            if (!files.exists(m.getFileKey())) {
                throw ApiException.notFound();
            }
            return new Download(m.getFileName(), m.getFileSize(), null, redirect.get());
        }
        ObjectStore.StoredObject file = files.open(m.getFileKey()).orElseThrow(ApiException::notFound);
        return new Download(m.getFileName(), file.size(), file.content(), null);
    }

    @Transactional
    public MaterialView create(Principal p, FormBody body) {
        FieldErrors errors = body.errors();
        Lecture lecture = manageableLecture(p, body, body.requiredInteger("lecture"));
        String title = title(body);
        String description = description(body);
        UploadedFile file = checkedFile(body);
        errors.throwIfAny();
        StudyMaterial m = new StudyMaterial(lecture, title, em.find(User.class, p.userId()));
        m.setDescription(description);
        m.attach(files.store(file));
        em.persist(m);
        em.flush();
        if (lecture.isOpenToStudents()) {
            notifications.sendAll(purchases.unexpiredBuyerUserIds(lecture.getId()), NotificationType.MATERIAL_ADDED,
                    "New study material", "\"" + title + "\" was added to the lecture \"" + lecture.getName() + "\".",
                    Map.of("material_id", m.getId(), "lecture_id", lecture.getId(), "course_id", lecture.getTopic().getCourse().getId()));
        }
        return view(m);
    }

    /**
     * PUT ({@code partial} false: title required) or PATCH. A sent file replaces the PDF (the old
     * file is deleted once the change committed); a sent lecture moves the material.
     */
    @Transactional
    public MaterialView update(Principal p, long id, FormBody body, boolean partial) {
        StudyMaterial m = managed(p, id);
        Lecture lecture = body.has("lecture") ? manageableLecture(p, body, body.requiredInteger("lecture")) : null;
        String title = !partial || body.has("title") ? title(body) : null;
        String description = body.has("description") ? description(body) : null;
        UploadedFile file = body.has("file") ? checkedFile(body) : null;
        body.errors().throwIfAny();
        if (lecture != null) {
            m.setLecture(lecture);
        }
        if (title != null) {
            m.setTitle(title);
        }
        if (body.has("description")) {
            m.setDescription(description);
        }
        String replaced = null;
        if (file != null) {
            replaced = m.getFileKey();
            m.attach(files.store(file));
        }
        em.flush();
        if (replaced != null) {
            files.deleteAfterCommit(replaced);
        }
        return view(m);
    }

    @Transactional
    public void delete(Principal p, long id) {
        StudyMaterial m = managed(p, id);
        em.remove(m);
        em.flush();
        files.deleteAfterCommit(m.getFileKey());
    }

    /** Lectures are being deleted (content feature): their materials go with them, files after commit. */
    void lecturesDeleting(@Observes LecturesDeleting event) {
        List<String> keys = em.createQuery("select m.fileKey from StudyMaterial m where m.lecture.id in :ids", String.class)
                .setParameter("ids", event.lectureIds()).getResultList();
        if (keys.isEmpty()) {
            return;
        }
        em.createQuery("delete from StudyMaterial m where m.lecture.id in :ids").setParameter("ids", event.lectureIds()).executeUpdate();
        keys.forEach(files::deleteAfterCommit);
    }

    private MaterialView view(StudyMaterial m) {
        return MaterialView.of(m, urls.download(m.getId()));
    }

    /** Staff and the site owner: a material they manage, else 404. */
    private StudyMaterial managed(Principal p, long id) {
        StudyMaterial m = load(id);
        if (p.role() != Role.SITEOWNER && !m.getLecture().getTopic().getCourse().isTaughtBy(teacherOf(p))) {
            throw ApiException.notFound();
        }
        return m;
    }

    /**
     * Staff and the site owner as {@link #managed}; a student needs content access (403), a lecture
     * open to students (else 404, as content hides it) and an unexpired purchase of it (else 403).
     */
    private StudyMaterial readable(Principal p, long id) {
        if (p.role() != Role.STUDENT) {
            return managed(p, id);
        }
        contentAccess.require(p.studentId());
        StudyMaterial m = load(id);
        Lecture lecture = m.getLecture();
        if (!lecture.isOpenToStudents()) {
            throw ApiException.notFound();
        }
        if (!purchases.hasUnexpiredPurchase(p.studentId(), lecture.getId())) {
            throw ApiException.detail(403, NO_PURCHASE);
        }
        return m;
    }

    private StudyMaterial load(long id) {
        List<StudyMaterial> found = em.createQuery("""
                select m from StudyMaterial m join fetch m.lecture l join fetch l.topic t join fetch t.course
                left join fetch m.uploadedBy where m.id = :id""", StudyMaterial.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    /**
     * The lecture a material is filed under. Another teacher's lecture answers exactly like a
     * missing one (DRF's related-field 400), so staff cannot probe other teachers' lectures.
     */
    private Lecture manageableLecture(Principal p, FormBody body, Long id) {
        if (id == null) {
            return null;
        }
        List<Lecture> found = em.createQuery("select l from Lecture l join fetch l.topic t join fetch t.course where l.id = :id", Lecture.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty() || (p.role() != Role.SITEOWNER && !found.get(0).getTopic().getCourse().isTaughtBy(teacherOf(p)))) {
            body.errors().add("lecture", "Invalid pk \"" + id + "\" - object does not exist.");
            return null;
        }
        return found.get(0);
    }

    private static String description(FormBody body) {
        String description = body.string("description");
        body.errors().maxLength("description", description, StudyMaterial.DESCRIPTION_MAX);
        return description == null || description.isBlank() ? null : description.strip();
    }

    private static String title(FormBody body) {
        String title = body.requiredString("title");
        body.errors().maxLength("title", title, StudyMaterial.TITLE_MAX);
        return title;
    }

    /** The {@code file} part, checked; missing or empty is "No file was submitted." (a material always has its PDF). */
    private UploadedFile checkedFile(FormBody body) {
        UploadedFile file = body.file("file");
        if (body.errors().has("file")) {
            return null;
        }
        if (file == null) {
            body.errors().add("file", MaterialFiles.REQUIRED);
            return null;
        }
        return files.check("file", file, body.errors()) ? file : null;
    }

    private static long teacherOf(Principal p) {
        if (p.teacherId() == null) {
            throw ApiException.forbidden();
        }
        return p.teacherId();
    }
}
