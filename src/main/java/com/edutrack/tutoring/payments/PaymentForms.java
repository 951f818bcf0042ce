package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormInput;
import com.edutrack.tutoring.TutoringForm;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request forms of the payment and refund routes. Values the server decides (a refund's
 * status, dates, firstLessonCompleted, adminNote on create) are accepted and ignored, as they
 * always were: the schemas allow further keys and say so.
 */
public final class PaymentForms {
    private static final String UUID_EXAMPLE = "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c";

    private PaymentForms() {
    }

    @Schema(name = "PaymentStartForm", description = "The card to pay with: paymentUserParams.paymentMethodId is required "
            + "(400 errMsg_PaymentMethodIdIsRequired).",
            example = "{\"paymentUserParams\": {\"paymentMethodId\": \"pm_card_visa\", \"cardHolderName\": \"Mona Adel\"}}")
    public record StartForm(@JsonbProperty("paymentUserParams") PaymentUserParams paymentUserParams,
                            @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static StartForm read(FormInput in) {
            boolean sent = in.json("paymentUserParams") instanceof JsonObject;
            // records "not an object" for anything else sent; its fields' errors land in the same list
            FormInput params = in.object("paymentUserParams");
            return new StartForm(sent ? PaymentUserParams.read(params) : null, in.errors());
        }

        /** The payment method to charge; 400 errMsg_PaymentMethodIdIsRequired without one. */
        String requiredMethodId() {
            String id = paymentUserParams == null ? null : paymentUserParams.methodId();
            if (id == null) {
                throw ApiException.tutoring(400, "errMsg_PaymentMethodIdIsRequired",
                        "paymentUserParams.paymentMethodId is required.");
            }
            return id;
        }
    }

    /**
     * The card and holder details of a payment start, answered back in {@code paymentResult}.
     * Holder name and zip default to what Stripe has on the card; redirectUrl is stored on the
     * payment record.
     */
    @Schema(name = "PaymentUserParams", description = "The Stripe PaymentMethod to charge and optional holder details, as sent; "
            + "null in the paymentResult of refresh and webhook answers.", requiredProperties = "paymentMethodId", nullable = true)
    public record PaymentUserParams(
            @JsonbProperty("paymentMethodId") @JsonbNillable @Schema(nullable = true, description = "A Stripe PaymentMethod id (pm_...)")
            String paymentMethodId,
            @JsonbProperty("cardHolderName") @JsonbNillable @Schema(nullable = true) String cardHolderName,
            @JsonbProperty("cardHolderZip") @JsonbNillable @Schema(nullable = true) String cardHolderZip,
            @JsonbProperty("redirectUrl") @JsonbNillable @Schema(nullable = true) String redirectUrl) {
        static PaymentUserParams read(FormInput in) {
            return new PaymentUserParams(in.text("paymentMethodId").value(), in.text("cardHolderName").value(), in.text("cardHolderZip").value(),
                    in.text("redirectUrl").value());
        }

        /** The payment method id without surrounding blanks, or null when none was given. */
        String methodId() {
            return paymentMethodId == null || paymentMethodId.isBlank() ? null : paymentMethodId.trim();
        }
    }

    @Schema(name = "EnrollmentPaymentForm", description = "An admin's payment record. On POST orderId (the enrollment), paymentId, "
            + "paymentStatus and statusLiteral are required (400 errMsg_RequiredFieldsMissing); PATCH changes the fields sent with a "
            + "value (orderId cannot change).",
            example = "{\"orderId\": \"" + UUID_EXAMPLE + "\", \"paymentId\": \"pi_3PqRsT\", \"paymentStatus\": \"succeeded\", "
                    + "\"statusLiteral\": \"recorded\", \"redirectUrl\": \"https://app.example.com/paid\"}")
    public record EnrollmentPaymentForm(
            @JsonbProperty("orderId") @Schema(nullable = true, description = "The enrollment id") UUID orderId,
            @JsonbProperty("paymentId") @Schema(nullable = true, description = "Stripe PaymentIntent id") String paymentId,
            @JsonbProperty("paymentStatus") @Schema(nullable = true, description = "Stripe's PaymentIntent status") String paymentStatus,
            @JsonbProperty("statusLiteral") @Schema(nullable = true) String statusLiteral,
            @JsonbProperty("redirectUrl") @Schema(nullable = true) String redirectUrl,
            @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static EnrollmentPaymentForm read(FormInput in) {
            return new EnrollmentPaymentForm(TutoringForm.uuid(in, "orderId"), in.text("paymentId").value(), in.text("paymentStatus").value(),
                    in.text("statusLiteral").value(), in.text("redirectUrl").value(), in.errors());
        }

        /** Whether the fields a new record needs are all there. */
        boolean complete() {
            return orderId != null && !blank(paymentId) && !blank(paymentStatus) && !blank(statusLiteral);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    @Schema(name = "RefundRequestForm", description = "The student's refund request: enrollmentId (400 errMsg_EnrollmentIdIsRequired) "
            + "and reason (400 errMsg_ReasonIsRequired). status, requestedAt, processedAt, firstLessonCompleted and adminNote are "
            + "decided by the server: sent ones are ignored.", additionalProperties = Schema.True.class,
            example = "{\"enrollmentId\": \"" + UUID_EXAMPLE + "\", \"reason\": \"The schedule no longer fits.\"}")
    public record RefundRequestForm(
            @JsonbProperty("enrollmentId") @Schema(nullable = true) UUID enrollmentId,
            @JsonbProperty("reason") @Schema(nullable = true) String reason,
            @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static RefundRequestForm read(FormInput in) {
            return new RefundRequestForm(TutoringForm.uuid(in, "enrollmentId"), in.text("reason").value(), in.errors());
        }
    }

    @Schema(name = "RefundDecisionForm", description = "An admin's decision: status approved (retries the Stripe refund) or rejected; "
            + "adminNote alone only changes the note. processedAt is set by the server: a sent one is ignored.",
            additionalProperties = Schema.True.class, example = "{\"status\": \"approved\", \"adminNote\": \"dispute closed\"}")
    public record RefundDecisionForm(
            @JsonbProperty("status") @Schema(nullable = true, enumeration = {"approved", "rejected"},
                    description = "Any other value: 400 errMsg_StatusIsNotValid") String status,
            @JsonbProperty("adminNote") @Schema(nullable = true) String adminNote,
            @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static RefundDecisionForm read(FormInput in) {
            return new RefundDecisionForm(in.text("status").value(), in.text("adminNote").value(), in.errors());
        }
    }

    @Schema(name = "AdminRefundForm", description = "The paid enrollment to refund in full (400 errMsg_EnrollmentIdIsRequired) and why "
            + "(default \"admin refund\").", example = "{\"enrollmentId\": \"" + UUID_EXAMPLE + "\", \"reason\": \"tutor banned\"}")
    public record AdminRefundForm(
            @JsonbProperty("enrollmentId") @Schema(nullable = true) UUID enrollmentId,
            @JsonbProperty("reason") @Schema(nullable = true) String reason,
            @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static AdminRefundForm read(FormInput in) {
            return new AdminRefundForm(TutoringForm.uuid(in, "enrollmentId"), in.text("reason").value(), in.errors());
        }
    }
}
