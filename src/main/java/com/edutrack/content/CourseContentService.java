package com.edutrack.content;

import java.util.List;

import com.edutrack.catalog.Course;
import com.edutrack.catalog.CourseAccess;
import com.edutrack.catalog.Viewer;
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
 * writes it; a service names its kind and supplies the steps that differ.
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

    private final String what;
    private final String parentField;
    private final Class<P> parentType;
    private final String parentQuery;

    /**
     * {@code what} names the kind in the 403 message ("topics"), {@code parentField} is the form's
     * parent field, {@code parentQuery} loads a parent by {@code :id} with the course its owner
     * check reads next (one statement, where {@link References} would take one per level).
     */
    CourseContentService(String what, String parentField, Class<P> parentType, String parentQuery) {
        this.what = what;
        this.parentField = parentField;
        this.parentType = parentType;
        this.parentQuery = parentQuery;
    }

    /** The item with what its answer and the checks need loaded; 404 when there is none. */
    abstract E load(long id);

    abstract Course courseOf(P parent);

    /** A new item under the parent, from a validated form. */
    abstract E created(P parent, F form);

    abstract void moveTo(E item, P parent);

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
        access.requireOwner(teacherId, courseOf(parent), what);
        E item = created(parent, form);
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
            access.requireOwner(teacherId, courseOf(parent), what);
        }
        if (form.order().sent() && form.order().value() == null && !form.errors().has("order")) {
            form.errors().add("order", FieldErrors.REQUIRED); // a stored item keeps a place; only a new one defaults to 0
        }
        check(item, form);
        form.validate();
        if (parent != null) {
            moveTo(item, parent);
        }
        String image = imageOf(item);
        applyAll(item, form);
        em.flush();
        images.deleteReplaced(image, imageOf(item)); // only once the row no longer points at it
        reread(item);
        return written(item, teacherId);
    }

    /** The item, when the caller is its course's teacher (404, then 403). */
    E owned(long teacherId, long id) {
        E item = load(id);
        access.requireOwner(teacherId, item.course(), what);
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
        if (id == null || form.errors().has(parentField)) {
            return null;
        }
        List<P> found = em.createQuery(parentQuery, parentType).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            form.errors().add(parentField, References.invalidPk(id));
            return null;
        }
        return found.get(0);
    }

    private void applyAll(E item, F form) {
        form.name().ifValue(item::setName);
        form.order().ifValue(item::setSortOrder);
        apply(item, form);
    }
}
