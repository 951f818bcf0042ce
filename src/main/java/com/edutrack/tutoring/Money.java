package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * Amounts in a currency's minor unit, as Stripe wants them: cents for USD and EGP, whole yen for
 * JPY. Stripe's zero- and three-decimal currencies are listed; every other currency has two.
 */
public final class Money {
    private static final Set<String> ZERO_DECIMAL = Set.of("BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG",
            "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF");
    private static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private Money() {
    }

    public static int decimals(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        if (ZERO_DECIMAL.contains(code)) {
            return 0;
        }
        return THREE_DECIMAL.contains(code) ? 3 : 2;
    }

    /** 120.50 USD -> 12050; 1500 JPY -> 1500. Packs in zero-decimal currencies only take whole prices. */
    public static long toMinor(BigDecimal amount, String currency) {
        return amount.movePointRight(decimals(currency)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static BigDecimal toMajor(long minor, String currency) {
        return BigDecimal.valueOf(minor, decimals(currency));
    }

    /**
     * The unused part of a payment: {@code total * remaining / lessons}, rounded down to the minor
     * unit, so a refund never exceeds what the lessons not taken cost.
     */
    public static long prorate(long totalMinor, int remainingLessons, int lessons) {
        if (lessons <= 0 || remainingLessons <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(totalMinor).multiply(BigDecimal.valueOf(remainingLessons))
                .divide(BigDecimal.valueOf(lessons), 0, RoundingMode.DOWN).longValueExact();
    }
}
