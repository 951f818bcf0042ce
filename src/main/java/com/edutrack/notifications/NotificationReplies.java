package com.edutrack.notifications;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small answers of the notification routes. */
public final class NotificationReplies {
    private NotificationReplies() {
    }

    @Schema(name = "NotificationUnreadCount", description = "How many of the caller's notifications are unread.")
    public record UnreadCount(@JsonbProperty("count") long count) {
    }

    @Schema(name = "NotificationAck", description = "What was marked read.")
    public record Ack(@JsonbProperty("message") @Schema(enumeration = {"Notification marked as read", "All notifications marked as read"})
                      String message) {
        static final Ack ONE = new Ack("Notification marked as read");
        static final Ack ALL = new Ack("All notifications marked as read");
    }
}
