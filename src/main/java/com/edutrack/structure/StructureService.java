package com.edutrack.structure;

import java.util.LinkedHashMap;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Transactional
    public Page<Map<String, Object>> list(StructureKind kind, boolean seeInactive, Boolean isActive, Long governorate,
                                          String search, String ordering, PageRequest page) {
        @SuppressWarnings("unchecked")
        ListQuery<StructureItem> query = ListQuery.of(em, (Class<StructureItem>) kind.type());
        query.equal("active", seeInactive ? isActive : Boolean.TRUE).search(search, "name").ordering(ordering, ORDERING, "order", "name");
        if (kind == StructureKind.AREAS) {
            query.equal("governorate.id", governorate);
        }
        return query.page(page).map(StructureService::view);
    }

    @Transactional
    public Map<String, Object> get(StructureKind kind, long id, boolean seeInactive) {
        StructureItem item = em.find(kind.type(), id);
        if (item == null || (!item.isActive() && !seeInactive)) {
            throw ApiException.notFound();
        }
        return view(item);
    }

    @Transactional
    public Map<String, Object> create(StructureKind kind, FormBody body) {
        StructureItem item = kind.create();
        apply(kind, item, body, false);
        em.persist(item);
        em.flush();
        return view(item);
    }

    @Transactional
    public Map<String, Object> update(StructureKind kind, long id, FormBody body, boolean partial) {
        StructureItem item = em.find(kind.type(), id);
        if (item == null) {
            throw ApiException.notFound();
        }
        apply(kind, item, body, partial);
        return view(item);
    }

    @Transactional
    public void delete(StructureKind kind, long id) {
        StructureItem item = em.find(kind.type(), id);
        if (item == null) {
            throw ApiException.notFound();
        }
        try {
            em.remove(item);
            em.flush();
        } catch (PersistenceException e) {
            throw ApiException.detail(400, "This item is in use and cannot be deleted. Deactivate it instead.");
        }
    }

    private void apply(StructureKind kind, StructureItem item, FormBody body, boolean partial) {
        String name = !partial || body.has("name") ? body.requiredString("name") : item.getName();
        Long order = body.integer("order");
        Boolean active = body.bool("is_active");
        Area area = item instanceof Area a ? a : null;
        Governorate governorate = null;
        if (area != null && (!partial || body.has("governorate"))) {
            Long governorateId = body.requiredInteger("governorate");
            if (governorateId != null) {
                governorate = em.find(Governorate.class, governorateId);
                if (governorate == null) {
                    body.errors().add("governorate", "Invalid pk \"" + governorateId + "\" - object does not exist.");
                }
            }
        }
        body.errors().maxLength("name", name, 100);
        body.errors().throwIfAny();
        item.setName(name);
        if (order != null) {
            item.setOrder(order.intValue());
        }
        if (active != null) {
            item.setActive(active);
        }
        if (governorate != null) {
            area.setGovernorate(governorate);
        }
    }

    static Map<String, Object> view(StructureItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", item.getId());
        view.put("name", item.getName());
        view.put("order", item.getOrder());
        view.put("is_active", item.isActive());
        if (item instanceof Area area) {
            view.put("governorate", area.getGovernorate().getId());
        }
        return view;
    }
}
