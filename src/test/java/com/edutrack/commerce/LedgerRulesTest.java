package com.edutrack.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.edutrack.content.Lecture;
import com.edutrack.platform.errors.ApiException;
import org.junit.jupiter.api.Test;

/** The entity rules of money: a balance never below zero with a ledger row per movement, and purchase expiry. */
class LedgerRulesTest {

    @Test
    void everyMovementYieldsItsLedgerRowWithTheBalanceAfterIt() {
        CourseBalance balance = new CourseBalance(null, null);
        BalanceTransaction deposit = balance.post(TransactionType.deposit, new BigDecimal("150.00"), null, "cash");
        BalanceTransaction purchase = balance.post(TransactionType.purchase, new BigDecimal("-100.00"), null, null);
        assertEquals(new BigDecimal("150.00"), deposit.getBalanceAfter());
        assertEquals(new BigDecimal("-100.00"), purchase.getAmount());
        assertEquals(new BigDecimal("50.00"), purchase.getBalanceAfter());
        assertEquals(new BigDecimal("50.00"), balance.getBalance());
    }

    @Test
    void aDebitBelowZeroIsRefusedAndChangesNothing() {
        CourseBalance balance = new CourseBalance(null, null);
        balance.post(TransactionType.deposit, new BigDecimal("10.00"), null, null);
        ApiException refused = assertThrows(ApiException.class,
                () -> balance.post(TransactionType.purchase, new BigDecimal("-10.01"), null, null));
        assertEquals(400, refused.status());
        assertEquals("Insufficient balance", refused.getMessage());
        assertEquals(new BigDecimal("10.00"), balance.getBalance());
        balance.post(TransactionType.purchase, new BigDecimal("-10.00"), null, null);
        assertEquals(0, balance.getBalance().signum());
    }

    @Test
    void aPurchaseExpiresAfterTheLecturesDaysPlusEveryReopen() {
        Instant bought = Instant.parse("2025-01-01T10:00:00Z");
        Lecture lecture = new Lecture(null, "L", new BigDecimal("120.00"), new BigDecimal("20.00"), 30);
        LecturePurchase purchase = new LecturePurchase(null, lecture, lecture.getFinalPrice(), bought);
        assertEquals(new BigDecimal("100.00"), purchase.getAmountPaid());
        assertEquals(bought.plus(Duration.ofDays(30)), purchase.getExpiresAt());
        assertFalse(purchase.isExpired(bought.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertTrue(purchase.isExpired(bought.plus(Duration.ofDays(30))), "the expiry instant itself is expired");

        Instant later = bought.plus(Duration.ofDays(40));
        purchase.reopen(1, null, "ill", later);
        purchase.reopen(5, null, null, later);
        assertEquals(6, purchase.getExtraDays());
        assertEquals(purchase.getExpiresAt().plus(Duration.ofDays(6)), purchase.getEffectiveExpiry());
        assertEquals(2, purchase.getReopenLogs().size());
        assertEquals("", purchase.getReopenLogs().get(1).getNote());
        assertTrue(purchase.isExpired(later), "reopening by fewer days than it is late leaves it expired");
    }
}
