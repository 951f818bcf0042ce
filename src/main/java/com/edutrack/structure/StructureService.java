package com.edutrack.structure;

import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.persistence.References;
import com.edutrack.structure.StructureForms.AreaForm;
import com.edutrack.structure.StructureForms.LookupForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Reads and writes the educational structure. Everyone reads active items; the site owner also
 * sees inactive ones. An item still referenced (a student's grade, an area with students) cannot
 * be deleted: deactivate it instead.
 */
@ApplicationScoped
public class StructureService {
    private static final Map<String, String> ORDERING = Map.of("order", "order", "name", "name", "id", "id");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    References references;

    /** List filters; {@code isActive} counts only for callers who see inactive items. */
    public record Filters(boolean seeInactive, Boolean isActive, Long governorate, String search, String ordering) {
    }

    @Transactional
    public <T extends StructureItem> Page<T> list(StructureKind kind, Filters f, PageRequest page) {
        @SuppressWarnings("unchecked")
        ListQuery<T> query = ListQuery.of(em, (Class<T>) kind.type());
        query.equal("active", f.seeInactive() ? f.isActive() : Boolean.TRUE).search(f.search(), "name")
                .ordering(f.ordering(), ORDERING, "order", "name");
        if (kind == StructureKind.AREAS) {
            query.equal("governorate.id", f.governorate()).fetch("governorate");
        }
        return query.page(page);
    }

    @Transactional
    public StructureItem get(StructureKind kind, long id, boolean seeInactive) {
        StructureItem item = em.find(kind.type(), id);
        if (item == null || (!item.isActive() && !seeInactive)) {
            throw ApiException.notFound();
        }
        return item;
    }

    @Transactional
    public StructureItem create(StructureKind kind, LookupForm form) {
        form.validate();
        StructureItem item = kind.create();
        apply(item, form);
        em.persist(item);
        em.flush();
        return item;
    }

    @Transactional
    public Area createArea(AreaForm form) {
        Area area = new Area();
        area.setGovernorate(governorate(form));
        form.validate();
        apply(area, form.lookup());
        em.persist(area);
        em.flush();
        return area;
    }

    @Transactional
    public StructureItem update(StructureKind kind, long id, LookupForm form) {
        StructureItem item = find(kind, id);
        form.validate();
        apply(item, form);
        return item;
    }

    @Transactional
    public Area updateArea(long id, AreaForm form) {
        Area area = (Area) find(StructureKind.AREAS, id);
        Governorate governorate = governorate(form);
        form.validate();
        if (governorate != null) {
            area.setGovernorate(governorate);
        }
        apply(area, form.lookup());
        return area;
    }

    @Transactional
    public void delete(StructureKind kind, long id) {
        StructureItem item = find(kind, id);
        try {
            em.remove(item);
            em.flush();
        } catch (PersistenceException e) {
            throw ApiException.detail(400, "This item is in use and cannot be deleted. Deactivate it instead.");
        }
    }

    private StructureItem find(StructureKind kind, long id) {
        StructureItem item = em.find(kind.type(), id);
        if (item == null) {
            throw ApiException.notFound();
        }
        return item;
    }

    private Governorate governorate(AreaForm form) {
        return references.find(form.errors(), "governorate", Governorate.class, form.governorate().value());
    }

    private static void apply(StructureItem item, LookupForm form) {
        form.name().ifValue(item::setName);
        form.order().ifValue(item::setOrder);
        form.isActive().ifValue(item::setActive);
    }
}
