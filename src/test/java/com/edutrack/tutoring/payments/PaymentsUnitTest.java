package com.edutrack.tutoring.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.Money;
import org.junit.jupiter.api.Test;

/**
 * Checks that need no server. The test server always runs with Stripe keys (its double), so the
 * "no keys" rule is proven here on the gateway every payment route goes through first.
 */
class PaymentsUnitTest {

    @Test
    void withoutKeysEveryStripeCallAnswers503AndRefundsStayOwed() {
        StripeGateway gateway = new StripeGateway(StripeSettings.none());
        assertFalse(gateway.configured());
        ApiException e = assertThrows(ApiException.class, gateway::requireConfigured);
        assertEquals(503, e.status());
        assertEquals("errMsg_PaymentsNotConfigured", e.errKey());
        ApiException webhook = assertThrows(ApiException.class, () -> gateway.verify("{}", "t=1,v1=00"));
        assertEquals("errMsg_PaymentsNotConfigured", webhook.errKey());
        assertEquals(503, assertThrows(ApiException.class, () -> gateway.retrievePaymentIntent("pi_1")).status());
        // Cancel paths do not throw: the refund is reported as not made, so the money stays owed.
        assertEquals(RefundResult.Kind.UNAVAILABLE, gateway.refund("pi_1", null, "k", Map.of()).kind());
    }

    @Test
    void partialKeysCountAsNotConfigured() {
        assertFalse(new StripeSettings("sk_test_x", null, null, null, 20, 2).configured());
    }

    @Test
    void minorUnitsFollowTheCurrency() {
        assertEquals(12050, Money.toMinor(new BigDecimal("120.50"), "USD"));
        assertEquals(25075, Money.toMinor(new BigDecimal("250.75"), "egp"));
        assertEquals(1500, Money.toMinor(new BigDecimal("1500"), "JPY"));
        assertEquals(1500, Money.toMinor(new BigDecimal("1500.00"), "JPY"));
        assertEquals(12500, Money.toMinor(new BigDecimal("12.50"), "KWD"));
        assertEquals(new BigDecimal("120.50"), Money.toMajor(12050, "USD"));
        assertEquals(new BigDecimal("1500"), Money.toMajor(1500, "JPY"));
    }

    @Test
    void proRatingRoundsDown() {
        assertEquals(6025, Money.prorate(12050, 1, 2));
        assertEquals(6666, Money.prorate(10000, 2, 3));
        assertEquals(666, Money.prorate(1000, 2, 3));
        assertEquals(0, Money.prorate(1000, 0, 3));
    }

    @Test
    void aPaymentIntentAsksForExactlyTheAmountAndCurrency() {
        IntentResult usd = new IntentResult("pi_1", "succeeded", null, null, Map.of(), null, null, null, 12050L, "usd", "pm_1");
        assertTrue(usd.asks(12050, "USD"));
        assertFalse(usd.asks(12049, "USD"));
        assertFalse(usd.asks(12050, "EUR"));
        assertFalse(new IntentResult("pi_1", "succeeded", null, null, Map.of(), null, null, null, null, "usd", null).asks(12050, "USD"));
        assertFalse(new IntentResult("pi_1", "succeeded", null, null, Map.of(), null, null, null, 12050L, null, null).asks(12050, "USD"));
    }
}
