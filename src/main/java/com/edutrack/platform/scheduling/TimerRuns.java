package com.edutrack.platform.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.observability.LogContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What every scheduled run of a persistent timer goes through: its log lines carry a run id, it is
 * counted and timed at {@code /metrics} ({@code edutrack_timer_runs_total},
 * {@code edutrack_timer_run_seconds}, by timer and outcome) and recorded in {@code timer_runs} with
 * the server that ran it. Liberty's persistent executor fires each occurrence on one server of a
 * cluster; the table is where that can be checked. Run-now routes are not scheduled runs and do
 * not come here.
 */
@ApplicationScoped
public class TimerRuns {
    private static final Logger LOG = Logger.getLogger(TimerRuns.class.getName());
    private static final Metadata RUNS = Metadata.builder().withName("edutrack.timer.runs")
            .withDescription("Scheduled runs of persistent timers on this server, by timer and outcome").build();
    private static final Metadata SECONDS = Metadata.builder().withName("edutrack.timer.run")
            .withDescription("Duration of scheduled timer runs on this server").build();

    @Inject
    TimerRunLog log;
    @Inject
    AppConfig config;
    @Inject
    MetricRegistry metrics;

    /** This server's name, looked up once (the default asks the resolver for the host name). */
    private volatile String server;

    /** Runs one scheduled occurrence of {@code timer}; a failure is recorded and then rethrown to the container. */
    public <T> T run(String timer, Supplier<T> body) {
        return LogContext.with(LogContext.newId("timer-" + timer + "-"), () -> {
            Instant started = Instant.now();
            boolean ok = false;
            try {
                T result = body.get();
                ok = true;
                return result;
            } finally {
                Instant finished = Instant.now();
                String outcome = ok ? "ok" : "failed";
                metrics.counter(RUNS, new Tag("timer", timer), new Tag("outcome", outcome)).inc();
                metrics.timer(SECONDS, new Tag("timer", timer)).update(Duration.between(started, finished));
                try {
                    if (server == null) {
                        server = config.instanceName();
                    }
                    log.record(timer, server, started, finished, ok);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not record a run of timer " + timer, e);
                }
            }
        });
    }
}
