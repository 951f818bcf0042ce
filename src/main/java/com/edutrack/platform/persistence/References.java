package com.edutrack.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.edutrack.platform.errors.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Turns the ids a form names into entities, the way DRF's PrimaryKeyRelatedField does: a missing
 * one (or one the caller may not use, which must look the same) is the field error
 * {@code Invalid pk "ID" - object does not exist.} recorded beside the form's other errors.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class References {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    public static String invalidPk(Object id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }

    /** The entity, or null with the field error (null id: null, no error). */
    public <E> E find(FieldErrors errors, String field, Class<E> type, Long id) {
        return find(errors, field, type, id, e -> true);
    }

    /** As {@link #find(FieldErrors, String, Class, Long)}, where an entity {@code usable} refuses counts as missing. */
    public <E> E find(FieldErrors errors, String field, Class<E> type, Long id, Predicate<? super E> usable) {
        if (id == null || errors.has(field)) {
            return null;
        }
        E entity = em.find(type, id);
        if (entity == null || !usable.test(entity)) {
            errors.add(field, invalidPk(id));
            return null;
        }
        return entity;
    }

    /** All of the ids in their order (one query), or null with an error naming the first missing one. */
    public <E> List<E> findAll(FieldErrors errors, String field, Class<E> type, Collection<Long> ids, Function<E, Long> idOf) {
        if (ids == null || errors.has(field)) {
            return null;
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, E> found = new LinkedHashMap<>();
        String query = "select e from " + em.getMetamodel().entity(type).getName() + " e where e.id in :ids";
        em.createQuery(query, type).setParameter("ids", ids).getResultList().forEach(e -> found.put(idOf.apply(e), e));
        List<E> ordered = new ArrayList<>();
        for (Long id : ids) {
            E e = found.get(id);
            if (e == null) {
                errors.add(field, invalidPk(id));
                return null;
            }
            ordered.add(e);
        }
        return ordered;
    }
}
