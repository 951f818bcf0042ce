package com.edutrack.tutoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.LocationType;
import com.edutrack.tutoring.TutoringEnums.PaymentConfirmation;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import com.edutrack.tutoring.TutoringEnums.RefundStatus;
import com.edutrack.tutoring.TutoringEnums.SchedulingType;
import com.edutrack.tutoring.TutoringEnums.SlotStatus;
import org.junit.jupiter.api.Test;

/** The entities' own rules: pack validation, slot and enrollment transitions, without a server. */
class TutoringRulesTest {

    private static CoursePack pack(String price, String currency, int lessons) {
        CoursePack pack = new CoursePack(new TutorProfile(UUID.randomUUID()));
        pack.update("Algebra", null, "math", new BigDecimal(price), currency, lessons, SchedulingType.flexible, false, null);
        return pack;
    }

    private static LessonSlot slot(CoursePack pack, int day) {
        LessonSlot slot = new LessonSlot(pack);
        slot.schedule(LocalDate.of(2030, 1, day), "10:00", 60, LocationType.online, null);
        return slot;
    }

    private static String refused(Runnable change) {
        return assertThrows(ApiException.class, change::run).errKey();
    }

    @Test
    void packPricesHaveTheCurrencysDecimalsAtMost() {
        assertEquals(new BigDecimal("120.50"), pack("120.50", "usd", 1).getPrice());
        assertEquals("USD", pack("1", "usd", 1).getCurrency());
        assertEquals("errMsg_PriceIsNotValid", refused(() -> pack("1.005", "USD", 1)));
        assertEquals("errMsg_PriceIsNotValid", refused(() -> pack("-1", "USD", 1)));
        assertEquals("errMsg_PriceIsNotValid", refused(() -> pack("100.5", "JPY", 1)));
        assertEquals("errMsg_CurrencyIsNotValid", refused(() -> pack("1", "US", 1)));
        assertEquals("errMsg_LessonCountIsNotValid", refused(() -> pack("1", "USD", 0)));
        assertEquals("errMsg_ScheduledTimeIsNotValid", refused(() -> new LessonSlot(pack("1", "USD", 1))
                .schedule(LocalDate.of(2030, 1, 1), "24:00", 60, LocationType.online, null)));
    }

    @Test
    void aSlotIsBookedOnceAndCompletedOnlyWhenBooked() {
        LessonSlot slot = slot(pack("10", "USD", 1), 1);
        assertEquals("errMsg_LessonSlotNotBooked", refused(slot::complete));
        slot.book();
        assertEquals("errMsg_LessonSlotNotAvailable", refused(slot::book));
        assertEquals("errMsg_LessonSlotIsBooked", refused(slot::requireOpen));
        slot.complete();
        slot.complete();
        assertEquals(SlotStatus.completed, slot.getStatus());
        slot.free();
        assertEquals(SlotStatus.completed, slot.getStatus(), "a held lesson stays completed");
    }

    @Test
    void cancelingFreesBookedSlotsAndLeavesAPaidOneOwedWithoutARefund() {
        CoursePack pack = pack("120.5", "USD", 2);
        List<LessonSlot> slots = List.of(slot(pack, 1), slot(pack, 2));
        slots.forEach(LessonSlot::book);
        Enrollment unpaid = new Enrollment(pack, UUID.randomUUID(), slots);
        assertTrue(unpaid.cancel(false));
        assertEquals(PaymentConfirmation.canceled, unpaid.getPaymentConfirmation());
        assertEquals(SlotStatus.available, slots.get(0).getStatus());
        assertFalse(unpaid.cancel(false), "a second cancel changes nothing");
        assertFalse(unpaid.markPaid(Instant.now()), "a late payment does not revive it");
        assertTrue(unpaid.markLatePayment());
        assertEquals(RefundStatus.eligible, unpaid.getRefundStatus());

        Enrollment paid = new Enrollment(pack, UUID.randomUUID(), List.of(slot(pack, 3)));
        assertTrue(paid.markPaid(Instant.now()));
        assertTrue(paid.cancel(false));
        assertEquals(PaymentStatus.paid, paid.getPaymentStatus());
        assertEquals(RefundStatus.eligible, paid.getRefundStatus());
        assertEquals(EnrollmentStatus.canceled, paid.getEnrollmentStatus());
    }

    @Test
    void anActiveEnrollmentCompletesWithItsLastLesson() {
        CoursePack pack = pack("50", "EUR", 2);
        List<LessonSlot> slots = List.of(slot(pack, 2), slot(pack, 1));
        slots.forEach(LessonSlot::book);
        Enrollment e = new Enrollment(pack, UUID.randomUUID(), slots);
        assertEquals(List.of(slots.get(1), slots.get(0)), e.orderedSlots(), "by date");
        slots.get(0).complete();
        slots.get(1).complete();
        assertFalse(e.completeIfDone(), "a pending (unpaid) enrollment does not complete");
        e.markPaid(Instant.now());
        assertTrue(e.completeIfDone());
        assertEquals(2, e.completedLessons());
    }
}
