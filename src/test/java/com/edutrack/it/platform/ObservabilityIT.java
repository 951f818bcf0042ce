package com.edutrack.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Metrics;
import com.edutrack.support.TestEnv;
import org.junit.jupiter.api.Test;

/** What an operator scrapes at /metrics: per-route request counts and times, the connection pool, timer runs. */
class ObservabilityIT {
    static final String MEDIA = "com.edutrack.platform.storage.MediaResource";

    @Test
    void requestsArePerRouteAndThePoolIsVisible() {
        double before = Metrics.value(TestEnv.baseUrl(), "REST_request_seconds_count", "class", MEDIA);
        for (int i = 0; i < 3; i++) {
            Api.anonymous().get("/media/courses/" + "0".repeat(32) + ".png").then().statusCode(404);
        }
        String text = Metrics.scrape(TestEnv.baseUrl());
        assertEquals(before + 3, Metrics.value(text, "REST_request_seconds_count", Map.of("class", MEDIA)), 0.001);
        assertTrue(Metrics.value(text, "REST_request_seconds_sum", Map.of("class", MEDIA)) > 0, "latency is recorded");
        Api.as(Fixtures.siteOwner()).get("/api/materials/").then().statusCode(200);
        assertTrue(Metrics.value(Metrics.scrape(TestEnv.baseUrl()), "connectionpool_create_total", Map.of("datasource", "jdbc_edutrack")) >= 1,
                "the connection pool of jdbc/edutrack is reported");
    }

    @Test
    void scheduledTimerRunsAreCountedAndRecordedWithTheServer() throws Exception {
        long deadline = System.currentTimeMillis() + 75_000; // the quiz timers run every minute
        double runs = 0;
        while (System.currentTimeMillis() < deadline) {
            runs = Metrics.value(TestEnv.baseUrl(), "edutrack_timer_runs_total", "timer", "quiz-close-expired-attempts", "outcome", "ok");
            if (runs >= 1) {
                break;
            }
            Thread.sleep(2000);
        }
        assertTrue(runs >= 1, "a scheduled run was counted");
        assertTrue(Db.count("select count(*) from timer_runs where timer = 'quiz-close-expired-attempts' and server = 'it-a' and outcome = 'ok'") >= 1);
        assertTrue(Metrics.value(TestEnv.baseUrl(), "edutrack_timer_run_seconds_count", "timer", "quiz-close-expired-attempts") >= 1);
    }
}
