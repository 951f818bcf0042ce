package com.edutrack.tutoring;

import java.util.logging.Logger;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.scheduling.TimerRuns;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the stale-pending cleanup every 5 minutes. The timer is persistent, so Liberty's
 * persistent executor (tasks in the shared database) fires each occurrence on one server only.
 * The cleanup itself locks rows and re-checks them, so it is also safe beside a manual
 * {@code /v1/cleanuppendingenrollments} call. The service opens its own transaction.
 * Bean-managed concurrency: the bean holds no state, and serializing runs here would only hide
 * overlaps that the row locks must (and do) handle anyway, e.g. runs on two servers.
 *
 * <p>Against a late Stripe payment of the same enrollment (webhook or refresh) the row lock decides:
 * whoever locks first wins. A cleanup that canceled first keeps the enrollment canceled and the
 * late payment is refunded in full ({@code PaymentLedger}); a payment that came first leaves the
 * enrollment active, and the cleanup, re-checking under the lock, skips it. Slots are freed once.
 */
@Singleton
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class PendingEnrollmentTimer {
    private static final Logger LOG = Logger.getLogger(PendingEnrollmentTimer.class.getName());

    @Inject
    EnrollmentLifecycleService lifecycle;
    @Inject
    AppConfig config;
    @Inject
    TimerRuns runs;

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = "tutoring-pending-enrollment-cleanup")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onSchedule() {
        int canceled = runs.run("tutoring-pending-enrollment-cleanup", () -> cleanupStalePending().size());
        if (canceled > 0) {
            LOG.info(() -> "pending enrollment cleanup canceled " + canceled + " enrollment(s)");
        }
    }

    /**
     * One cleanup run; also called by the admin "run now" route. SUPPORTS: joins the caller's
     * transaction when there is one (so the caller can render the result), else the service opens its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.List<Enrollment> cleanupStalePending() {
        return lifecycle.cleanupPending(config.tutoringPendingTimeoutMinutes(), null, null);
    }
}
