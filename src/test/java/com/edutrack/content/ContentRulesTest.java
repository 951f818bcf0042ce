package com.edutrack.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The pure rules of content: prices, durations and video URLs per platform. */
class ContentRulesTest {

    @Test
    void aDiscountMayTakeTheWholePriceButNoMore() {
        assertTrue(Lecture.discountFits(new BigDecimal("200.00"), new BigDecimal("0.00")));
        assertTrue(Lecture.discountFits(new BigDecimal("99.99"), new BigDecimal("99.99")));
        assertFalse(Lecture.discountFits(new BigDecimal("100.00"), new BigDecimal("100.01")));
        assertFalse(Lecture.discountFits(new BigDecimal("100.00"), new BigDecimal("-1")));
    }

    @Test
    void aLectureRefusesADiscountOverItsPrice() {
        Lecture lecture = new Lecture(null, "l", new BigDecimal("200.00"), new BigDecimal("50.00"), 30);
        assertEquals(new BigDecimal("150.00"), lecture.getFinalPrice());
        assertThrows(IllegalArgumentException.class, () -> lecture.reprice(new BigDecimal("40.00"), new BigDecimal("50.00")));
        assertThrows(IllegalArgumentException.class, () -> lecture.setAvailableDays(366));
        assertEquals(new BigDecimal("200.00"), lecture.getPrice());
    }

    @Test
    void pricesAreFormattedWithTwoPlacesAndTheCurrency() {
        assertEquals("150.00 EGP", Lecture.formatted(new BigDecimal("150")));
        assertEquals("0.00 EGP", Lecture.formatted(BigDecimal.ZERO));
        assertEquals("300.50 EGP", Lecture.formatted(new BigDecimal("300.5")));
    }

    @Test
    void durationsAreShownInHoursAndMinutes() {
        assertNull(Video.durationDisplay(null));
        assertEquals("45m", Video.durationDisplay(45));
        assertEquals("0m", Video.durationDisplay(0));
        assertEquals("1h 00m", Video.durationDisplay(60));
        assertEquals("2h 05m", Video.durationDisplay(125));
    }

    @Test
    void eachPlatformHasItsUrlRule() {
        assertNull(VideoPlatform.YOUTUBE.urlProblem("https://youtu.be/abc"));
        assertNull(VideoPlatform.YOUTUBE.urlProblem("https://www.YouTube.com/watch?v=1"));
        assertEquals("YouTube URL must contain 'youtube.com' or 'youtu.be'.", VideoPlatform.YOUTUBE.urlProblem("https://vimeo.com/1"));
        assertNull(VideoPlatform.BUNNYSTREAM.urlProblem("https://vz-1.b-cdn.net/a"));
        assertNull(VideoPlatform.BUNNYSTREAM.urlProblem("https://iframe.bunnycdn.com/embed/1"));
        assertEquals("Bunny Stream URL must contain 'bunnycdn' or 'b-cdn.net'.", VideoPlatform.BUNNYSTREAM.urlProblem("https://x.com/1"));
        assertNull(VideoPlatform.VDOCIPHER.urlProblem("https://player.vdocipher.com/v2/?otp=1"));
        assertEquals("VDO Cipher URL must be a valid HTTPS URL.", VideoPlatform.VDOCIPHER.urlProblem("http://vdocipher.com/1"));
        assertEquals("VDO Cipher URL must be a valid HTTPS URL.", VideoPlatform.VDOCIPHER.urlProblem("not a url"));
    }
}
