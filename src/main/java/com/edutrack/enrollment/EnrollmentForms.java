package com.edutrack.enrollment;

import java.util.List;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of course enrollment. */
public final class EnrollmentForms {
    private EnrollmentForms() {
    }

    @Schema(name = "EnrollmentRequestForm", description = "A student's request to join an active course.", requiredProperties = "course",
            example = "{\"course\": 12}")
    public record RequestForm(@JsonbProperty("course") @Schema(description = "Id of an active course.") Field<Long> course,
                              @Schema(hidden = true) FieldErrors errors) implements Form {
        public static RequestForm read(FormInput in) {
            return new RequestForm(in.integer("course").required().field(), in.errors());
        }
    }

    @Schema(name = "EnrollmentDecisionForm", description = "The staff's answer to a pending request; the body may be empty.")
    public record DecisionForm(@JsonbProperty("response_note") @Schema(nullable = true, maxLength = 1000,
            description = "Shown to the student; blank is stored as null.") Field<String> responseNote,
                               @Schema(hidden = true) FieldErrors errors) implements Form {
        /** No note: the bulk action's decisions. */
        static DecisionForm none() {
            return new DecisionForm(Field.absent(), new FieldErrors());
        }

        public static DecisionForm read(FormInput in) {
            return new DecisionForm(in.text("response_note").maxLength(1000).blankToNull().field(), in.errors());
        }
    }

    @Schema(name = "EnrollmentBulkActionForm", description = "Approves or rejects several requests at once.",
            requiredProperties = {"enrollment_ids", "action"}, example = "{\"enrollment_ids\": [4, 5], \"action\": \"approve\"}")
    public record BulkActionForm(@JsonbProperty("enrollment_ids") @Schema(description = "At least one enrollment id; a repeated id counts once.")
                                 Field<List<Long>> enrollmentIds,
                                 @JsonbProperty("action") @Schema(enumeration = {"approve", "reject"}) Field<String> action,
                                 @Schema(hidden = true) FieldErrors errors) implements Form {
        public static BulkActionForm read(FormInput in) {
            return new BulkActionForm(
                    in.integers("enrollment_ids").notNull().required().check(ids -> !ids.isEmpty(), "Ensure this field has at least 1 elements.")
                            .field(),
                    in.choice("action", EnrollmentDecision.VERBS).required().field(), in.errors());
        }

        EnrollmentDecision decision() {
            return EnrollmentDecision.of(action.value());
        }
    }
}
