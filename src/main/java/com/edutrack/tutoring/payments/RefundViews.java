package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Refund requests as answered. Reads (get, list) add the joined enrollment, coursePack and
 * requester unless {@code getJoins=false}; writes answer the request's own fields.
 */
public final class RefundViews {
    private RefundViews() {
    }

    @Schema(name = "RefundRequest", description = "A refund of one enrollment (at most one per enrollment). refundAmount is what is "
            + "(to be) returned, fixed when the request is made. enrollment, coursePack and requester come with the reads unless "
            + "getJoins=false; writes leave them out.",
            requiredProperties = {"id", "enrollmentId", "requestedBy", "requestedAt", "processedAt", "status", "status_idx", "reason",
                "firstLessonCompleted", "adminNote", "refundAmount", "currency", "isActive", "recordVersion", "createdAt", "updatedAt",
                "_owner"},
            example = """
                    {"id": "8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b", "enrollmentId": "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c",
                     "requestedBy": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "requestedAt": "2026-01-12T09:30:00Z",
                     "processedAt": "2026-01-12T09:30:01Z", "status": "autoApproved", "status_idx": 3, "reason": "The schedule no longer fits.",
                     "firstLessonCompleted": true, "adminNote": null, "refundAmount": 80.33, "currency": "USD", "isActive": true,
                     "recordVersion": 1, "createdAt": "2026-01-12T09:30:00Z", "updatedAt": "2026-01-12T09:30:01Z",
                     "_owner": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record RefundRequestView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("enrollmentId") UUID enrollmentId,
            @JsonbProperty("requestedBy") @Schema(description = "The student, or the admin of an admin refund") UUID requestedBy,
            @JsonbProperty("requestedAt") Instant requestedAt,
            @JsonbProperty("processedAt") @JsonbNillable @Schema(nullable = true, description = "null while pending") Instant processedAt,
            @JsonbProperty("status") @Schema(enumeration = {"pending", "approved", "rejected", "autoApproved"}) String status,
            @JsonbProperty("status_idx") @Schema(minimum = "0", maximum = "3") int statusIdx,
            @JsonbProperty("reason") String reason,
            @JsonbProperty("firstLessonCompleted") boolean firstLessonCompleted,
            @JsonbProperty("adminNote") @JsonbNillable @Schema(nullable = true, description = "The admin's note, or why Stripe did not refund")
            String adminNote,
            @JsonbProperty("refundAmount") @Schema(description = "In the currency's major unit") double refundAmount,
            @JsonbProperty("currency") @Schema(pattern = "^[A-Z]{3}$") String currency,
            @JsonbProperty("isActive") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt,
            @JsonbProperty("_owner") @Schema(description = "The owning user (requestedBy)") UUID owner,
            @JsonbProperty("enrollment") @JsonbNillable(false) @Schema(implementation = RefundEnrollmentJoin.class) RefundJoin enrollment,
            @JsonbProperty("coursePack") @JsonbNillable(false) @Schema(implementation = RefundPackJoin.class) RefundJoin coursePack,
            @JsonbProperty("requester") @JsonbNillable(false) @Schema(implementation = RefundRequesterJoin.class) RefundJoin requester) {

        /** The request's own fields (writes, getJoins=false). */
        static RefundRequestView of(RefundRequest r) {
            return of(r, null, null, null);
        }

        /** With the joined objects; {@code requester} may be null when the user row is gone. */
        static RefundRequestView withJoins(RefundRequest r, User requester) {
            Enrollment e = r.getEnrollment();
            return of(r, new RefundEnrollmentJoin(e.getCoursePack().getId(), e.getStudentId(), e.getTotalAmount().doubleValue(), e.getCurrency()),
                    new RefundPackJoin(e.getCoursePack().getTitle()),
                    new RefundRequesterJoin(requester == null ? null : requester.getGmail(), requester == null ? null : requester.getName()));
        }

        private static RefundRequestView of(RefundRequest r, RefundJoin enrollment, RefundJoin pack, RefundJoin requester) {
            return new RefundRequestView(r.getId(), r.getEnrollment().getId(), r.getRequestedBy(), r.getRequestedAt(), r.getProcessedAt(),
                    r.getStatus().name(), r.getStatus().ordinal(), r.getReason(), r.isFirstLessonCompleted(), r.getAdminNote(),
                    Money.toMajor(r.getAmountMinor(), r.getCurrency()).doubleValue(), r.getCurrency(), r.isActive(), r.getRecordVersion(),
                    r.getCreatedAt(), r.getUpdatedAt(), r.getRequestedBy(), enrollment, pack, requester);
        }
    }

    /**
     * A joined object of a refund request. Typed by this interface, not by their records: Yasson
     * writes a null record-typed property despite {@code @JsonbNillable(false)}, and the joins stay
     * absent (not null) on writes and with getJoins=false, as they always were.
     */
    public sealed interface RefundJoin permits RefundEnrollmentJoin, RefundPackJoin, RefundRequesterJoin {
    }

    @Schema(name = "RefundRequestEnrollment", description = "The refunded enrollment, as joined into a refund request.")
    public record RefundEnrollmentJoin(
            @JsonbProperty("coursePackId") UUID coursePackId,
            @JsonbProperty("studentId") UUID studentId,
            @JsonbProperty("totalAmount") double totalAmount,
            @JsonbProperty("currency") @Schema(pattern = "^[A-Z]{3}$") String currency) implements RefundJoin {
    }

    @Schema(name = "RefundRequestCoursePack", description = "The enrollment's course pack, as joined into a refund request.")
    public record RefundPackJoin(@JsonbProperty("title") String title) implements RefundJoin {
    }

    @Schema(name = "RefundRequestRequester", description = "Who asked for the refund, as joined into a refund request (null values "
            + "when the user is gone).")
    public record RefundRequesterJoin(
            @JsonbProperty("email") @JsonbNillable @Schema(nullable = true) String email,
            @JsonbProperty("fullname") @JsonbNillable @Schema(nullable = true) String fullname) implements RefundJoin {
    }
}
