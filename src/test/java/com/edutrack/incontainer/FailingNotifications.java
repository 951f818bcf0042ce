package com.edutrack.incontainer;

import java.util.Map;

import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.PersistenceException;

/**
 * Test-only stand-in for the notification writer: writes as usual, and when a test armed it on its
 * thread, writes and then fails as a database write can, in the middle of the caller's transaction.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FailingNotifications extends Notifications {
    private static final ThreadLocal<Boolean> ARMED = ThreadLocal.withInitial(() -> false);

    static void arm(boolean armed) {
        ARMED.set(armed);
    }

    @Override
    public void send(long userId, NotificationType type, String title, String message, Map<String, ?> metadata) {
        super.send(userId, type, title, message, metadata);
        if (ARMED.get()) {
            throw new PersistenceException("notification write failed (armed by the test)");
        }
    }
}
