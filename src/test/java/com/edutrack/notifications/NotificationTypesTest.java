package com.edutrack.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The document lists the notification types the code writes, no more and no fewer. */
class NotificationTypesTest {

    @Test
    void theDocumentedEnumerationIsTheEnum() throws Exception {
        Schema schema = NotificationView.class.getRecordComponents()[1].getAccessor().getAnnotation(Schema.class);
        assertEquals("notificationType", NotificationView.class.getRecordComponents()[1].getName());
        assertEquals(NotificationType.VALUES, Set.of(schema.enumeration()));
    }
}
