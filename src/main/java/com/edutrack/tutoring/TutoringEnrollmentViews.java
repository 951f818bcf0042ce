package com.edutrack.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.edutrack.accounts.User;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response records of tutoring enrollments and their audit trail. Reads (get, list) add the
 * joined objects unless {@code getJoins=false}; writes answer the enrollment's own fields. The
 * joined objects are only read when asked for, after the list loaded them in bounded queries.
 */
public final class TutoringEnrollmentViews {
    private TutoringEnrollmentViews() {
    }

    @Schema(name = "TutoringEnrollment", description = "A student's booking of a course pack. The joined objects coursePack, "
            + "lessonSlots, student and tutorProfile come with GET /v1/enrollments and /v1/enrollments/{id} unless getJoins=false; "
            + "writes leave them out.",
            requiredProperties = {"id", "coursePackId", "studentId", "tutorProfileId", "lessonSlotIds", "totalAmount", "currency",
                "paymentStatus", "paymentStatus_idx", "refundStatus", "refundStatus_idx", "enrollmentStatus", "enrollmentStatus_idx",
                "enrolledAt", "paymentConfirmation", "paymentConfirmation_idx", "isActive", "recordVersion", "createdAt", "updatedAt",
                "_owner"},
            example = """
                    {"id": "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c", "coursePackId": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     "studentId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "tutorProfileId": "7d3c1a52-3f4e-4a55-9c1e-1b2d3e4f5a6b",
                     "lessonSlotIds": ["9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"], "totalAmount": 120.5, "currency": "USD",
                     "paymentStatus": "pending", "paymentStatus_idx": 0, "refundStatus": "notRequested", "refundStatus_idx": 0,
                     "enrollmentStatus": "pending", "enrollmentStatus_idx": 0, "enrolledAt": null,
                     "paymentConfirmation": "pending", "paymentConfirmation_idx": 0, "isActive": true, "recordVersion": 0,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z",
                     "_owner": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record EnrollmentView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("coursePackId") UUID coursePackId,
            @JsonbProperty("studentId") UUID studentId,
            @JsonbProperty("tutorProfileId") UUID tutorProfileId,
            @JsonbProperty("lessonSlotIds") @Schema(description = "By date, time, id") List<UUID> lessonSlotIds,
            @JsonbProperty("totalAmount") @Schema(description = "The pack's price when booked") double totalAmount,
            @JsonbProperty("currency") @Schema(pattern = "^[A-Z]{3}$") String currency,
            @JsonbProperty("paymentStatus") @Schema(enumeration = {"pending", "paid", "refunded"}) String paymentStatus,
            @JsonbProperty("paymentStatus_idx") @Schema(minimum = "0", maximum = "2") int paymentStatusIdx,
            @JsonbProperty("refundStatus") @Schema(enumeration = {"notRequested", "eligible", "processed", "ineligible"},
                    description = "eligible: a refund is owed") String refundStatus,
            @JsonbProperty("refundStatus_idx") @Schema(minimum = "0", maximum = "3") int refundStatusIdx,
            @JsonbProperty("enrollmentStatus") @Schema(enumeration = {"pending", "active", "completed", "canceled"}) String enrollmentStatus,
            @JsonbProperty("enrollmentStatus_idx") @Schema(minimum = "0", maximum = "3") int enrollmentStatusIdx,
            @JsonbProperty("enrolledAt") @JsonbNillable @Schema(nullable = true, description = "When the payment went through") Instant enrolledAt,
            @JsonbProperty("paymentConfirmation") @Schema(enumeration = {"pending", "processing", "paid", "canceled"}) String paymentConfirmation,
            @JsonbProperty("paymentConfirmation_idx") @Schema(minimum = "0", maximum = "3") int paymentConfirmationIdx,
            @JsonbProperty("isActive") @Schema(description = "false once canceled") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt,
            @JsonbProperty("_owner") @Schema(description = "The owning user (studentId)") UUID owner,
            @JsonbProperty("coursePack") @JsonbNillable(false) @Schema(implementation = PackJoin.class) Joined coursePack,
            @JsonbProperty("lessonSlots") @JsonbNillable(false) List<SlotJoin> lessonSlots,
            @JsonbProperty("student") @JsonbNillable(false) @Schema(implementation = StudentJoin.class) Joined student,
            @JsonbProperty("tutorProfile") @JsonbNillable(false) @Schema(implementation = TutorJoin.class) Joined tutorProfile) {

        /** The enrollment's own fields (writes, cascades, getJoins=false). */
        public static EnrollmentView of(Enrollment e) {
            return of(e, null, null, null, null);
        }

        /** With the joined objects; {@code student} may be null when the user row is gone. */
        public static EnrollmentView withJoins(Enrollment e, User student) {
            CoursePack c = e.getCoursePack();
            TutorProfile t = e.getTutorProfile();
            return of(e, new PackJoin(c.getTutorProfile().getId(), c.getTitle(), c.getPrice().doubleValue(), c.getCategory(),
                            c.getSchedulingType().name(), c.getSchedulingType().ordinal(), c.isActive()),
                    e.orderedSlots().stream().map(SlotJoin::of).toList(),
                    new StudentJoin(student == null ? null : student.getGmail(), student == null ? null : student.getName(), null),
                    new TutorJoin(t.getTutorId(), t.getCertifications(), t.getBio(), t.getProfilePhoto()));
        }

        private static EnrollmentView of(Enrollment e, Joined pack, List<SlotJoin> slots, Joined student, Joined tutor) {
            return new EnrollmentView(e.getId(), e.getCoursePack().getId(), e.getStudentId(), e.getTutorProfile().getId(),
                    e.orderedSlots().stream().map(LessonSlot::getId).toList(), e.getTotalAmount().doubleValue(), e.getCurrency(),
                    e.getPaymentStatus().name(), e.getPaymentStatus().ordinal(), e.getRefundStatus().name(), e.getRefundStatus().ordinal(),
                    e.getEnrollmentStatus().name(), e.getEnrollmentStatus().ordinal(), e.getEnrolledAt(), e.getPaymentConfirmation().name(),
                    e.getPaymentConfirmation().ordinal(), e.isActive(), e.getRecordVersion(), e.getCreatedAt(), e.getUpdatedAt(),
                    e.getStudentId(), pack, slots, student, tutor);
        }
    }

    /**
     * A joined object of an enrollment. The join components are typed by this interface, not by
     * their records: Yasson writes a null record-typed property despite {@code @JsonbNillable(false)},
     * and the joins stay absent (not null) on writes and with getJoins=false, as they always were.
     */
    public sealed interface Joined permits PackJoin, StudentJoin, TutorJoin {
    }

    @Schema(name = "TutoringEnrollmentPack", description = "The booked pack, as joined into an enrollment.")
    public record PackJoin(
            @JsonbProperty("tutorProfileId") UUID tutorProfileId,
            @JsonbProperty("title") String title,
            @JsonbProperty("price") double price,
            @JsonbProperty("category") @JsonbNillable @Schema(nullable = true) String category,
            @JsonbProperty("schedulingType") @Schema(enumeration = {"fixedSchedule", "flexible"}) String schedulingType,
            @JsonbProperty("schedulingType_idx") @Schema(minimum = "0", maximum = "1") int schedulingTypeIdx,
            @JsonbProperty("isActive") boolean isActive) implements Joined {
    }

    @Schema(name = "TutoringEnrollmentSlot", description = "A booked lesson slot, as joined into an enrollment.")
    public record SlotJoin(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("scheduledDate") LocalDate scheduledDate,
            @JsonbProperty("scheduledTime") @Schema(pattern = "^\\d{2}:\\d{2}$") String scheduledTime,
            @JsonbProperty("status") @Schema(enumeration = {"available", "booked", "completed", "canceled"}) String status,
            @JsonbProperty("status_idx") @Schema(minimum = "0", maximum = "3") int statusIdx,
            @JsonbProperty("locationType") @Schema(enumeration = {"online", "inPerson"}) String locationType,
            @JsonbProperty("locationType_idx") @Schema(minimum = "0", maximum = "1") int locationTypeIdx,
            @JsonbProperty("locationDetails") @JsonbNillable @Schema(nullable = true) String locationDetails) {
        static SlotJoin of(LessonSlot s) {
            return new SlotJoin(s.getId(), s.getScheduledDate(), s.getScheduledTime(), s.getStatus().name(), s.getStatus().ordinal(),
                    s.getLocationType().name(), s.getLocationType().ordinal(), s.getLocationDetails());
        }
    }

    @Schema(name = "TutoringEnrollmentStudent", description = "The enrolled student, as joined into an enrollment (avatar: none is kept).")
    public record StudentJoin(
            @JsonbProperty("email") @JsonbNillable @Schema(nullable = true) String email,
            @JsonbProperty("fullname") @JsonbNillable @Schema(nullable = true) String fullname,
            @JsonbProperty("avatar") @JsonbNillable @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
            String avatar) implements Joined {
    }

    @Schema(name = "TutoringEnrollmentTutor", description = "The pack's tutor, as joined into an enrollment.")
    public record TutorJoin(
            @JsonbProperty("tutorId") UUID tutorId,
            @JsonbProperty("certifications") @JsonbNillable @Schema(nullable = true) String certifications,
            @JsonbProperty("bio") @JsonbNillable @Schema(nullable = true) String bio,
            @JsonbProperty("profilePhoto") @JsonbNillable @Schema(nullable = true) String profilePhoto) implements Joined {
    }

    @Schema(name = "EnrollmentAudit", description = "One status change of an enrollment; actorId is null for the cleanup timer.")
    public record AuditView(
            @JsonbProperty("id") long id,
            @JsonbProperty("enrollmentId") UUID enrollmentId,
            @JsonbProperty("actorId") @JsonbNillable @Schema(nullable = true) UUID actorId,
            @JsonbProperty("changedAt") Instant changedAt,
            @JsonbProperty("fromStatus") @JsonbNillable @Schema(nullable = true, description = "null for the booking itself") String fromStatus,
            @JsonbProperty("toStatus") @Schema(enumeration = {"pending", "active", "completed", "canceled"}) String toStatus,
            @JsonbProperty("reason") @JsonbNillable @Schema(nullable = true) String reason) {
        public static AuditView of(EnrollmentAudit a) {
            return new AuditView(a.getId(), a.getEnrollmentId(), a.getActorId(), a.getChangedAt(), a.getFromStatus(), a.getToStatus(),
                    a.getReason());
        }
    }
}
