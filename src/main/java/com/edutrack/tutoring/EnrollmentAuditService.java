package com.edutrack.tutoring;

import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the enrollment audit trail (admins only, enforced by the resource). */
@ApplicationScoped
public class EnrollmentAuditService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    public Page<EnrollmentAudit> list(UUID enrollmentId, PageRequest page) {
        return ListQuery.of(em, EnrollmentAudit.class).equal("enrollmentId", enrollmentId)
                .ordering(null, Map.of(), "changedAt").page(page);
    }
}
