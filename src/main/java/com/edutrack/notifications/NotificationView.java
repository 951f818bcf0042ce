package com.edutrack.notifications;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Seed section 14's notification shape. */
public record NotificationView(long id, String notificationType, String notificationTypeDisplay, String title, String message,
                               boolean isRead, JsonObject metadata, Instant createdAt) {

    static NotificationView of(Notification n) {
        JsonObject metadata = null;
        if (n.getMetadata() != null) {
            try (var reader = Json.createReader(new StringReader(n.getMetadata()))) {
                metadata = reader.readObject();
            }
        }
        NotificationType type = n.getType();
        return new NotificationView(n.getId(), type.value(), type.display(), n.getTitle(), n.getMessage(), n.isRead(), metadata, n.getCreatedAt());
    }
}
