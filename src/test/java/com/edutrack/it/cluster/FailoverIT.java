package com.edutrack.it.cluster;

import static com.edutrack.it.cluster.Cluster.a;
import static com.edutrack.it.cluster.Cluster.anonymousOn;
import static com.edutrack.it.cluster.Cluster.b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.edutrack.support.AwaitReady;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.TestEnv;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The persistent timers across two servers: while both run, each scheduled occurrence runs once
 * (counted in timer_runs); a request in flight on A when A is stopped still completes; after A
 * stops, B runs every timer (a claim A held on a coming occurrence expires missedTaskThreshold,
 * 100 s, after it was due). A is stopped about 50 s before a five-minute mark so that every timer,
 * the five-minute one included, comes due right after. With {@code -Dit.failover=kill} A is
 * killed instead (a crash). Bounded: at most about 6 minutes of waiting for the moment to stop
 * A and 8 for the takeover.
 */
class FailoverIT {
    static final List<String> TIMERS = List.of("quiz-close-expired-attempts", "quiz-close-notifications", "tutoring-pending-enrollment-cleanup");
    static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(4);
    /** {@code -Dit.failover=kill}: A's process is killed instead of stopped (a crash; no in-flight request check). */
    static final boolean CRASH = "kill".equals(System.getProperty("it.failover"));

    @Test
    void timersRunOncePerOccurrenceAndBTakesOverWhenAStops() throws Exception {
        AwaitReady.await(b() + "/health/ready", TestEnv.serverBDir().resolve("logs/messages.log"));
        Instant bothUp = Instant.now();
        sleepUntil(stopMoment(bothUp));

        Instant stopping;
        Instant stopped;
        if (CRASH) {
            ProcessHandle a = Cluster.serverProcess("edutrack");
            stopping = Instant.now();
            a.destroyForcibly();
            a.onExit().get(60, TimeUnit.SECONDS);
            stopped = Instant.now();
        } else {
            CompletableFuture<HttpResponse<String>> inFlight = SlowUpload.courseWithCover(a(), Fixtures.siteOwner(), Fixtures.teacher(),
                    Duration.ofSeconds(4));
            Thread.sleep(1500);
            stopping = Instant.now();
            Process stop = new ProcessBuilder(Cluster.wlp().resolve("bin/server").toString(), "stop", "edutrack")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(stop.waitFor(120, TimeUnit.SECONDS), "server A stopped");
            assertEquals(0, stop.exitValue(), "server stop edutrack");
            stopped = Instant.now();
            HttpResponse<String> upload = inFlight.get(30, TimeUnit.SECONDS);
            assertEquals(201, upload.statusCode(), "the request in flight on A completed during the shutdown: " + upload.body());
            String cover = JsonPath.from(upload.body()).getString("cover_picture");
            assertArrayEquals(Cluster.PNG, anonymousOn(b()).get(cover.substring(cover.indexOf("/media/"))).then().statusCode(200)
                    .extract().asByteArray());
        }

        Map<String, Instant> takenOver = awaitRunsOnB(stopped);
        report(bothUp, stopping, stopped, takenOver);

        for (String timer : TIMERS) {
            List<Map<String, Object>> twice = Db.rows("""
                    select date_trunc('minute', started_at) as slot, count(*) as runs from timer_runs
                    where timer = ? and started_at between ? and ? group by 1 having count(*) > 1""",
                    timer, Timestamp.from(bothUp), Timestamp.from(stopping));
            assertEquals(List.of(), twice, timer + ": one run per occurrence while both servers ran");
        }
        for (String timer : TIMERS.subList(0, 2)) {
            long minutes = Duration.between(bothUp, stopping).toMinutes();
            long runs = Db.count("select count(*) from timer_runs where timer = ? and started_at between ? and ?", timer,
                    Timestamp.from(bothUp), Timestamp.from(stopping));
            assertTrue(runs >= Math.max(1, minutes - 1) && runs <= minutes + 1, timer + ": " + runs + " runs in " + minutes + " minutes");
        }
        for (String timer : TIMERS) {
            Duration late = Duration.between(stopped, takenOver.get(timer));
            assertTrue(late.compareTo(TAKEOVER_LIMIT) < 0, timer + " taken over by B after " + late);
        }
    }

    /**
     * About 50 s before a five-minute mark (10 s after a per-minute run), at least 90 s after
     * {@code from} so that both servers run side by side for two occurrences of the per-minute timers.
     */
    static Instant stopMoment(Instant from) {
        long fiveMinutes = 300;
        long next = (from.getEpochSecond() / fiveMinutes + 1) * fiveMinutes;
        Instant moment = Instant.ofEpochSecond(next - 50);
        return moment.isBefore(from.plusSeconds(90)) ? moment.plusSeconds(fiveMinutes) : moment;
    }

    /** When B first ran each timer after A stopped; waits at most 8 minutes. */
    static Map<String, Instant> awaitRunsOnB(Instant stopped) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (true) {
            Map<String, Instant> first = new java.util.LinkedHashMap<>();
            for (String timer : TIMERS) {
                var rows = Db.rows("select min(started_at) as first from timer_runs where timer = ? and server = 'it-b' and started_at > ?",
                        timer, Timestamp.from(stopped));
                Object at = rows.get(0).get("first");
                if (at != null) {
                    first.put(timer, ((Timestamp) at).toInstant());
                }
            }
            if (first.size() == TIMERS.size() || Instant.now().isAfter(deadline)) {
                assertEquals(TIMERS.size(), first.size(), "B ran every timer after A stopped: " + first);
                return first;
            }
            Thread.sleep(5000);
        }
    }

    private static void report(Instant bothUp, Instant stopping, Instant stopped, Map<String, Instant> takenOver) {
        System.out.println("[two-servers] both up " + bothUp + " .. " + stopping + "; A " + (CRASH ? "killed" : "stopped") + " in "
                + Duration.between(stopping, stopped).toMillis() + " ms");
        for (var row : Db.rows("""
                select timer, server, count(*) as runs, count(distinct date_trunc('minute', started_at)) as slots
                from timer_runs where started_at between ? and ? group by timer, server order by timer, server""",
                Timestamp.from(bothUp), Timestamp.from(stopping))) {
            System.out.println("[two-servers] while both ran: " + row);
        }
        takenOver.forEach((timer, at) -> System.out.println("[two-servers] " + timer + ": first run on B "
                + Duration.between(stopped, at).toSeconds() + " s after A " + (CRASH ? "was killed" : "stopped") + ", "
                + Duration.between(scheduledBefore(timer, at), at).toSeconds() + " s after the occurrence it ran"));
    }

    /** The schedule point a run at {@code at} belongs to: the last full minute (every five for the cleanup timer). */
    static Instant scheduledBefore(String timer, Instant at) {
        long step = timer.startsWith("tutoring") ? 300 : 60;
        return Instant.ofEpochSecond(at.getEpochSecond() / step * step);
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long wait = Duration.between(Instant.now(), moment).toMillis();
        System.out.println("[two-servers] waiting " + wait / 1000 + " s to stop A at " + moment);
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
