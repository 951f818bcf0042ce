package com.edutrack.enrollment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.edutrack.enrollment.EnrollmentForms.BulkActionForm;
import com.edutrack.enrollment.EnrollmentForms.DecisionForm;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Seed section 6's bulk action. Deliberately not one transaction: each id is decided in its own
 * (through the service), so one refused id neither blocks nor rolls back the others.
 */
@ApplicationScoped
public class BulkDecisions {
    @Inject
    CourseEnrollmentService enrollments;

    @Schema(name = "EnrollmentBulkResult", description = "How many ids were decided, and why each other one was refused.")
    public record Result(@JsonbProperty("processed") int processed,
                         @JsonbProperty("total_requested") @Schema(description = "The number of ids sent, repeats included.") int totalRequested,
                         @JsonbProperty("action") @Schema(enumeration = {"approve", "reject"}) String action,
                         @JsonbProperty("errors") List<Refusal> errors) {
    }

    @Schema(name = "EnrollmentBulkRefusal", description = "An id that was not decided, with the single route's message.")
    public record Refusal(@JsonbProperty("enrollment_id") long enrollmentId, @JsonbProperty("error") String error) {
    }

    public Result apply(Principal staff, BulkActionForm form) {
        form.validate();
        List<Long> ids = form.enrollmentIds().value();
        EnrollmentDecision decision = form.decision();
        List<Refusal> refusals = new ArrayList<>();
        int processed = 0;
        for (Long id : new LinkedHashSet<>(ids)) {
            try {
                enrollments.decide(staff, id, decision, DecisionForm.none());
                processed++;
            } catch (ApiException refused) {
                refusals.add(new Refusal(id, refused.getMessage()));
            }
        }
        return new Result(processed, ids.size(), decision.verb(), refusals);
    }
}
