package com.edutrack.accounts;

import java.util.List;
import java.util.Map;

import com.edutrack.accounts.StaffForms.AssistantForm;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.UploadedFile;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.storage.ImageKind;
import com.edutrack.platform.storage.ImageStore;
import com.edutrack.platform.storage.MediaUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Assistants: a teacher manages their own (an assistant of another teacher is "not found", never
 * "forbidden", so ids reveal nothing), assistants list their coworkers, the site owner reads all.
 */
@ApplicationScoped
public class AssistantService {
    private static final Map<String, String> ORDERING = Map.of("name", "user.name", "created_at", "createdAt");
    static final String PICTURE = "profile_picture";

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StaffLogin logins;
    @Inject
    ImageStore images;
    @Inject
    MediaUrls media;

    /**
     * List filters; {@code teacher} and {@code exceptAssistant} are set by the route (the caller's
     * scope), the rest come from the query string.
     */
    public record Filters(Long teacher, Long exceptAssistant, Boolean isActive, String search, String ordering) {
    }

    @Transactional
    public Page<AssistantView> list(Filters f, PageRequest page) {
        ListQuery<Assistant> q = ListQuery.of(em, Assistant.class).equal("teacher.id", f.teacher()).equal("user.active", f.isActive());
        if (f.exceptAssistant() != null) {
            q.where((cb, root) -> cb.notEqual(root.get("id"), f.exceptAssistant()));
        }
        return q.search(f.search(), "user.name", "user.username", "user.gmail", "phone")
                .ordering(f.ordering(), ORDERING, "-createdAt")
                .fetch("user").page(page).map(this::view);
    }

    @Transactional
    public AssistantView get(long teacherId, long id) {
        return view(owned(teacherId, id));
    }

    @Transactional
    public AssistantView create(long teacherId, AssistantForm form) {
        UploadedFile picture = form.profilePicture().value();
        ImageKind kind = images.check(PICTURE, picture, form.errors());
        Assistant assistant = logins.create(form, Role.ASSISTANT, user -> {
            Assistant a = new Assistant(user, em.getReference(Teacher.class, teacherId));
            applyProfile(a, form);
            return a;
        });
        if (kind != null) {
            assistant.setProfilePicture(images.store("assistants", picture, kind));
        }
        em.persist(assistant);
        em.flush();
        return view(assistant);
    }

    /** PUT and PATCH: the form holds what each requires (PUT: username, name, phone and gmail). */
    @Transactional
    public AssistantView update(long teacherId, long id, AssistantForm form) {
        Assistant assistant = owned(teacherId, id);
        UploadedFile picture = form.profilePicture().value();
        ImageKind kind = images.check(PICTURE, picture, form.errors());
        logins.update(assistant.getUser(), form, () -> applyProfile(assistant, form));
        String replaced = null;
        if (kind != null) {
            replaced = assistant.getProfilePicture();
            assistant.setProfilePicture(images.store("assistants", picture, kind));
        } else if (form.profilePicture().sent() && picture == null) { // an empty value clears the picture
            replaced = assistant.getProfilePicture();
            assistant.setProfilePicture(null);
        }
        em.flush();
        images.delete(replaced);
        return view(assistant);
    }

    /**
     * Removes the assistant together with their login and sessions: the user row goes, so every
     * token of theirs stops working at once. If other records still point at the login (history
     * written by other features), nothing is removed and the answer is 400: deactivate instead.
     */
    @Transactional
    public void delete(long teacherId, long id) {
        Assistant assistant = owned(teacherId, id);
        User user = assistant.getUser();
        try {
            em.createQuery("delete from RefreshToken t where t.user = :u").setParameter("u", user).executeUpdate();
            // Their inbox is theirs alone: it goes with them rather than blocking the delete.
            em.createQuery("delete from Notification n where n.userId = :u").setParameter("u", user.getId()).executeUpdate();
            em.remove(assistant);
            em.remove(user);
            em.flush();
        } catch (PersistenceException e) {
            throw ApiException.detail(400, "This assistant has recorded activity and cannot be deleted. Deactivate the assistant instead.");
        }
        images.delete(assistant.getProfilePicture());
    }

    private static void applyProfile(Assistant assistant, AssistantForm form) {
        form.phone().ifValue(assistant::setPhone);
        form.gender().ifSent(assistant::setGender);
    }

    /** The teacher's own assistant with its login; anyone else's is "Not found.". */
    private Assistant owned(long teacherId, long id) {
        List<Assistant> found = em.createQuery("select a from Assistant a join fetch a.user where a.id = :id and a.teacher.id = :t", Assistant.class)
                .setParameter("id", id).setParameter("t", teacherId).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    private AssistantView view(Assistant a) {
        return AssistantView.of(a, media::url);
    }
}
