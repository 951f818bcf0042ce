package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.PaymentConfirmation;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import com.edutrack.tutoring.TutoringEnums.RefundStatus;
import com.edutrack.tutoring.TutoringEnums.SlotStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A student's booking of a pack and its lesson slots. Status changes go through the methods
 * below so the slot states and the payment/refund fields stay consistent.
 */
@Entity
@Table(name = "enrollments")
public class Enrollment extends Versioned {
    @Id
    private UUID id = UUID.randomUUID();
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_pack_id", nullable = false, updatable = false)
    private CoursePack coursePack;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_profile_id", nullable = false, updatable = false)
    private TutorProfile tutorProfile;
    @Column(name = "student_id", nullable = false, updatable = false)
    private UUID studentId;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "enrollment_lesson_slots",
            joinColumns = @JoinColumn(name = "enrollment_id"),
            inverseJoinColumns = @JoinColumn(name = "lesson_slot_id"))
    private Set<LessonSlot> lessonSlots = new LinkedHashSet<>();
    @Column(name = "total_amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal totalAmount;
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false, length = 20)
    private PaymentStatus paymentStatus = PaymentStatus.pending;
    @Enumerated(EnumType.STRING)
    @Column(name = "refund_status", nullable = false, length = 20)
    private RefundStatus refundStatus = RefundStatus.notRequested;
    @Enumerated(EnumType.STRING)
    @Column(name = "enrollment_status", nullable = false, length = 20)
    private EnrollmentStatus enrollmentStatus = EnrollmentStatus.pending;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_confirmation", nullable = false, length = 20)
    private PaymentConfirmation paymentConfirmation = PaymentConfirmation.pending;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected Enrollment() {
    }

    /** A new booking: the price and currency are the pack's, never the client's. */
    public Enrollment(CoursePack pack, UUID studentId, List<LessonSlot> slots) {
        this.coursePack = pack;
        this.tutorProfile = pack.getTutorProfile();
        this.studentId = studentId;
        this.totalAmount = pack.getPrice();
        this.currency = pack.getCurrency();
        this.lessonSlots.addAll(slots);
    }

    /** Pending or active: it holds slots and blocks a second booking of the same pack. */
    public boolean isLive() {
        return enrollmentStatus == EnrollmentStatus.pending || enrollmentStatus == EnrollmentStatus.active;
    }

    public boolean isPaid() {
        return paymentStatus == PaymentStatus.paid;
    }

    /**
     * Cancels a live enrollment and frees its booked slots (completed ones stay). {@code refunded}:
     * the payment side has returned what was paid. A paid enrollment that could not be refunded
     * keeps {@code paymentStatus: paid} and gets {@code refundStatus: eligible} (the refund is owed;
     * an admin refund settles it); an unpaid one just loses its pending payment. Returns false (and
     * changes nothing) when it was not live, which keeps cascades idempotent.
     */
    public boolean cancel(boolean refunded) {
        if (!isLive()) {
            return false;
        }
        if (refunded) {
            markRefunded();
        } else if (isPaid()) {
            refundStatus = RefundStatus.eligible;
        } else if (paymentConfirmation != PaymentConfirmation.paid) {
            paymentConfirmation = PaymentConfirmation.canceled;
        }
        enrollmentStatus = EnrollmentStatus.canceled;
        active = false;
        lessonSlots.forEach(LessonSlot::free);
        return true;
    }

    /** Unpaid and still pending: the only state a payment outcome may move (never backwards). */
    public boolean awaitsPayment() {
        return enrollmentStatus == EnrollmentStatus.pending && paymentStatus == PaymentStatus.pending;
    }

    /** Stripe confirmed the payment: the enrollment opens. False (nothing changes) unless it was awaiting payment. */
    public boolean markPaid(Instant at) {
        if (!awaitsPayment()) {
            return false;
        }
        paymentStatus = PaymentStatus.paid;
        paymentConfirmation = PaymentConfirmation.paid;
        enrollmentStatus = EnrollmentStatus.active;
        enrolledAt = at;
        return true;
    }

    /** A payment is under way at Stripe (3-D Secure, processing). */
    public boolean markPaymentProcessing() {
        if (!awaitsPayment() || paymentConfirmation == PaymentConfirmation.processing) {
            return false;
        }
        paymentConfirmation = PaymentConfirmation.processing;
        return true;
    }

    /** The payment attempt failed or was canceled; the student may try again while the enrollment is pending. */
    public boolean markPaymentFailed() {
        if (!awaitsPayment() || paymentConfirmation == PaymentConfirmation.canceled) {
            return false;
        }
        paymentConfirmation = PaymentConfirmation.canceled;
        return true;
    }

    /**
     * Money arrived for an enrollment canceled before it was paid (the pending cleanup won the race
     * against a late payment): recorded as paid and owed back; the enrollment stays canceled.
     */
    public boolean markLatePayment() {
        if (enrollmentStatus != EnrollmentStatus.canceled || paymentStatus != PaymentStatus.pending) {
            return false;
        }
        paymentStatus = PaymentStatus.paid;
        paymentConfirmation = PaymentConfirmation.paid;
        refundStatus = RefundStatus.eligible;
        return true;
    }

    /** What was paid has been returned (in full, or the unused part of a refund request). */
    public void markRefunded() {
        paymentStatus = PaymentStatus.refunded;
        refundStatus = RefundStatus.processed;
    }

    /** A refund was asked for or is due but has not gone through yet. */
    public void markRefundOwed() {
        if (paymentStatus == PaymentStatus.paid) {
            refundStatus = RefundStatus.eligible;
        }
    }

    /** An admin turned the refund down. */
    public void markRefundRejected() {
        if (paymentStatus == PaymentStatus.paid) {
            refundStatus = RefundStatus.ineligible;
        }
    }

    /** Stripe reported a refund we recorded as made failed afterwards: the money is still with us and owed again. */
    public boolean markRefundFailed() {
        if (paymentStatus != PaymentStatus.refunded) {
            return false;
        }
        paymentStatus = PaymentStatus.paid;
        refundStatus = RefundStatus.eligible;
        return true;
    }

    /** Lessons of this enrollment already held. */
    public int completedLessons() {
        return (int) lessonSlots.stream().filter(s -> s.getStatus() == SlotStatus.completed).count();
    }

    /** An active enrollment whose every slot is completed becomes completed; returns whether it changed. */
    public boolean completeIfDone() {
        if (enrollmentStatus != EnrollmentStatus.active || lessonSlots.isEmpty()) {
            return false;
        }
        if (lessonSlots.stream().allMatch(s -> s.getStatus() == SlotStatus.completed)) {
            enrollmentStatus = EnrollmentStatus.completed;
            return true;
        }
        return false;
    }

    /** Slots in a stable order (date, time, id) for responses. */
    public List<LessonSlot> orderedSlots() {
        return lessonSlots.stream().sorted(Comparator.comparing(LessonSlot::getScheduledDate)
                .thenComparing(LessonSlot::getScheduledTime).thenComparing(LessonSlot::getId)).toList();
    }

    public UUID getId() { return id; }
    public CoursePack getCoursePack() { return coursePack; }
    public TutorProfile getTutorProfile() { return tutorProfile; }
    public UUID getStudentId() { return studentId; }
    public Set<LessonSlot> getLessonSlots() { return lessonSlots; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public String getCurrency() { return currency; }
    public PaymentStatus getPaymentStatus() { return paymentStatus; }
    public RefundStatus getRefundStatus() { return refundStatus; }
    public EnrollmentStatus getEnrollmentStatus() { return enrollmentStatus; }
    public PaymentConfirmation getPaymentConfirmation() { return paymentConfirmation; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public boolean isActive() { return active; }
}
