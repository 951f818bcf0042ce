package com.edutrack.content;

import java.util.Optional;

import com.edutrack.catalog.CourseAccess;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.persistence.References;
import com.edutrack.platform.storage.ImageStore;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The one create/update flow of course content, shared by topics, lectures and videos. Each kind
 * hangs under a parent (a course, a topic, a lecture) and only the teacher of the parent's course
 * writes it; a service describes its kind ({@link ContentKind}) and supplies the steps that differ.
 *
 * <p>The answers come in DRF's order: a create checks its fields and that the parent exists (400)
 * before the owner (403); an update finds the item (404) and checks its owner (403) first, then
 * the owner of a new parent it moves to (403), then the fields (400).
 *
 * @param <E> the content entity
 * @param <P> its parent entity
 * @param <F> its form
 * @param <V> the answer to a write
 */
abstract class CourseContentService<E extends CourseContent, P, F extends ContentForm, V> {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    CourseAccess access;
    @Inject
    ImageStore images;

    private final ContentKind<E, P, F> kind;

    CourseContentService(ContentKind<E, P, F> kind) {
        this.kind = kind;
    }

    /** Applies the kind's own sent fields of a validated form (name and order are applied here). */
    abstract void apply(E item, F form);

    /** The answer to a create or update by the course's teacher. */
    abstract V written(E item, long teacherId);

    /** Adds the errors of rules that read the stored item with the form ({@code item} is null on create). */
    void check(E item, F form) {
    }

    /** The stored image key the item holds, if its kind has one: a replaced image is removed after the write. */
    String imageOf(E item) {
        return null;
    }

    /** Re-reads what the database computes for the answer (a topic's lecture counts, a lecture's video counts). */
    void reread(E item) {
        em.refresh(item);
    }

    @Transactional
    public V create(long teacherId, F form) {
        P parent = parent(form);
        check(null, form);
        form.validate();
        access.requireOwner(teacherId, kind.courseOf().apply(parent), kind.what());
        E item = kind.create().apply(parent, form);
        applyAll(item, form);
        em.persist(item);
        em.flush();
        reread(item);
        return written(item, teacherId);
    }

    /** PUT needs every required field; PATCH changes only what is sent. */
    @Transactional
    public V update(long teacherId, long id, F form) {
        E item = owned(teacherId, id);
        P parent = parent(form);
        if (parent != null) {
            access.requireOwner(teacherId, kind.courseOf().apply(parent), kind.what());
        }
        if (form.order().sent() && form.order().value() == null && !form.errors().has("order")) {
            form.errors().add("order", FieldErrors.REQUIRED); // a stored item keeps a place; only a new one defaults to 0
        }
        check(item, form);
        form.validate();
        if (parent != null) {
            kind.moveTo().accept(item, parent);
        }
        String image = imageOf(item);
        applyAll(item, form);
        em.flush();
        images.deleteReplaced(image, imageOf(item)); // only once the row no longer points at it
        reread(item);
        return written(item, teacherId);
    }

    /** The item (404 when there is none). */
    E load(long id) {
        return one(kind.itemQuery(), kind.type(), id).orElseThrow(ApiException::notFound);
    }

    /** The item, when the caller is its course's teacher (404, then 403). */
    E owned(long teacherId, long id) {
        E item = load(id);
        access.requireOwner(teacherId, item.course(), kind.what());
        return item;
    }

    /** The item, when the viewer may read it (404 otherwise). */
    E visible(Viewer viewer, long id) {
        E item = load(id);
        access.requireVisible(viewer, item.course(), item.isOpenToStudents());
        return item;
    }

    /** The parent the form names; a missing one is DRF's "Invalid pk" error of the parent field. */
    private P parent(F form) {
        Long id = form.parent().value();
        if (id == null || form.errors().has(kind.parentField())) {
            return null;
        }
        Optional<P> found = one(kind.parentQuery(), kind.parentType(), id);
        if (found.isEmpty()) {
            form.errors().add(kind.parentField(), References.invalidPk(id));
        }
        return found.orElse(null);
    }

    private <T> Optional<T> one(String query, Class<T> type, long id) {
        return em.createQuery(query, type).setParameter("id", id).getResultList().stream().findFirst();
    }

    private void applyAll(E item, F form) {
        form.name().ifValue(item::setName);
        form.order().ifValue(item::setSortOrder);
        apply(item, form);
    }
}
