package com.edutrack.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlCheckTest {

    @Test
    void ordinaryUrlsPass() {
        assertNull(UrlCheck.problem("/api/courses/topics/", null));
        assertNull(UrlCheck.problem("/api/courses/topics/", "search=caf%C3%A9+au+lait&page=2&ordering=-name"));
        assertNull(UrlCheck.problem("/v1/coursepacks", "pageNumber=1&pageRowCount=25&title=%E2%82%AC"));
        assertNull(UrlCheck.problem("/api/structure/grades", "flag&empty=&a=b=c"));
    }

    @Test
    void malformedEscapesAreRefusedWherever() {
        assertTrue(UrlCheck.problem("/api/courses/topics/", "search=%zz%").contains("malformed percent escape"));
        assertTrue(UrlCheck.problem("/api/courses/topics/", "search=%").contains("malformed percent escape"));
        assertTrue(UrlCheck.problem("/api/courses/topics/", "search=%4").contains("malformed percent escape"));
        assertTrue(UrlCheck.problem("/api/courses/topics/", "%zz=1").contains("malformed percent escape"));
        // Fullwidth digits are digits to Character.digit, not to a URL.
        assertTrue(UrlCheck.problem("/api/courses/topics/", "search=%\uff14\uff11").contains("malformed percent escape"));
        assertTrue(UrlCheck.problem("/api/courses/%zz/", null).startsWith("The request path"));
    }

    @Test
    void badUtf8NulAndLengthAreRefused() {
        assertEquals("The query string is not valid UTF-8 once decoded.", UrlCheck.problem("/api/x", "search=%C3%28"));
        assertEquals("The query string is not valid UTF-8 once decoded.", UrlCheck.problem("/api/x", "search=%FF"));
        assertEquals("The query string is not valid UTF-8 once decoded.", UrlCheck.problem("/api/x", "search=%ED%A0%80"));
        assertEquals("The query string contains a NUL character.", UrlCheck.problem("/api/x", "search=a%00b"));
        assertEquals("The request path is not valid UTF-8 once decoded.", UrlCheck.problem("/api/x/%C3%28/", null));
        assertNull(UrlCheck.problem("/api/x", "q=" + "a".repeat(UrlCheck.MAX_QUERY_LENGTH - 2)));
        assertTrue(UrlCheck.problem("/api/x", "q=" + "a".repeat(UrlCheck.MAX_QUERY_LENGTH)).contains("too long"));
    }
}
