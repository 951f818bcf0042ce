package com.edutrack.enrollment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seed section 6's bulk action. Deliberately not one transaction: each id is decided in its own
 * (through the service), so one refused id neither blocks nor rolls back the others.
 */
@ApplicationScoped
public class BulkDecisions {
    @Inject
    CourseEnrollmentService enrollments;

    public Map<String, Object> apply(Principal staff, List<Long> ids, EnrollmentDecision decision) {
        List<Map<String, Object>> errors = new ArrayList<>();
        int processed = 0;
        for (Long id : new LinkedHashSet<>(ids)) {
            try {
                enrollments.decide(staff, id, decision, null);
                processed++;
            } catch (ApiException refused) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("enrollment_id", id);
                error.put("error", refused.getMessage());
                errors.add(error);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("processed", processed);
        body.put("total_requested", ids.size());
        body.put("action", decision.verb());
        body.put("errors", errors);
        return body;
    }
}
