package com.edutrack.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.edutrack.it.platform.HostileRequests.Probe;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.RawHttp;
import com.edutrack.support.RawHttp.Reply;
import com.edutrack.support.TestEnv;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, as anonymous, student, teacher and site owner,
 * with hostile path ids, query strings and bodies: no answer is a 5xx, every 4xx is in the API's
 * own error format, and the refused writes left the main tables as they were.
 */
class HostileInputIT {
    private static final int THREADS = 4;
    private static final long BUDGET_SECONDS = 90;
    /** Tables whose rows no timer touches: compared by content. */
    private static final List<String> COMPARED_BY_CONTENT = List.of("users", "students", "teachers", "assistants", "grades", "subjects",
            "governorates", "areas", "teacher_grades", "courses", "topics", "lectures", "videos", "video_progress", "course_enrollments",
            "course_balances", "balance_transactions", "lecture_purchases", "purchase_reopen_logs", "recharge_codes", "qb_chapters",
            "qb_lessons", "qb_questions", "qb_choices", "homeworks", "homework_questions", "homework_submissions", "homework_answers",
            "quizzes", "quiz_questions", "study_materials", "tutor_profiles", "course_packs", "preliminary_meetings", "refund_requests",
            "sys_enrollment_payments", "sys_payment_customers", "sys_payment_methods", "stripe_webhook_events");
    /** Tables the pending-enrollment and quiz timers may update meanwhile: compared by row count. */
    private static final List<String> COMPARED_BY_COUNT = List.of("enrollments", "enrollment_lesson_slots", "lesson_slots", "quiz_attempts", "quiz_answers");

    private record Role(String name, String authorization) {
    }

    private record Sending(Probe probe, Role role) {
    }

    private record Outcome(Probe probe, String role, Reply reply, String problem) {
    }

    @Test
    void noRequestAnswers5xxAndRefusedWritesChangeNothing() throws Exception {
        long started = System.nanoTime();
        JsonNode document = HostileRequests.parse(Api.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().asString());
        Fixtures.Account teacher = Fixtures.teacher();
        // With its tutor profile in place, a create with a body of nulls is refused as a second profile, not stored.
        Api.as(teacher).body(Map.of("bio", "hostile walk", "experienceYears", 1)).post("/v1/tutorprofiles").then().statusCode(201);
        List<Role> roles = List.of(new Role("anonymous", null),
                new Role("student", "Bearer " + Api.token(Fixtures.student())),
                new Role("teacher", "Bearer " + Api.token(teacher)),
                new Role("siteowner", "Bearer " + Api.token(Fixtures.siteOwner())));
        List<Sending> sendings = new ArrayList<>();
        List<Probe> probes = HostileRequests.probes(document);
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            if (probe.everyRole()) {
                roles.forEach(role -> sendings.add(new Sending(probe, role)));
            } else {
                sendings.add(new Sending(probe, roles.get(i % roles.size())));
            }
        }
        int operations = HostileRequests.operations(document).size();
        assertTrue(operations > 100, "the document lists the application's operations: " + operations);
        Map<String, String> before = databaseState();
        System.out.println("[hostile-walk] " + sendings.size() + " requests to send");

        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        long deadline = started + TimeUnit.SECONDS.toNanos(BUDGET_SECONDS - 10);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                try (RawHttp http = new RawHttp(TestEnv.baseUrl())) {
                    for (int i = worker; i < sendings.size() && System.nanoTime() < deadline; i += THREADS) {
                        outcomes.add(send(http, sendings.get(i).probe(), sendings.get(i).role()));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(BUDGET_SECONDS, TimeUnit.SECONDS), "the workers stop at the deadline");
        for (Future<?> w : workers) {
            w.get();
        }
        Map<String, String> after = databaseState();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<String> acceptedWrites = new ArrayList<>();
        for (Outcome o : outcomes) {
            statuses.merge(o.reply().status(), 1, Integer::sum);
            if (o.problem() != null) {
                problems.add(o.role() + " " + o.probe().method() + " " + abbreviate(o.probe().target()) + " [" + o.probe().contentType() + " "
                        + abbreviate(o.probe().body() == null ? "" : new String(o.probe().body())) + "] -> " + o.reply().status() + " "
                        + abbreviate(o.reply().body()) + ": " + o.problem());
            }
            if (o.probe().write() && o.reply().status() < 300) {
                acceptedWrites.add(o.role() + " " + o.probe().operation());
            }
        }
        long fiveHundreds = outcomes.stream().filter(o -> o.reply().status() >= 500).count();
        long byContainer = outcomes.stream().filter(o -> containerRefused(o.probe(), o.reply())).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[hostile-walk] %d requests, %d operations x %d roles, %d 5xx, %d format problems, statuses %s"
                        + " (%d of the 400s from the web container for paths it refuses itself), %.1f s%n",
                outcomes.size(), operations, roles.size(), fiveHundreds, problems.size(), statuses, byContainer, seconds);
        System.out.println("[hostile-walk] writes answered 2xx (no body needed, or only unknown fields sent): " + acceptedWrites.stream().distinct().toList());

        assertTrue(problems.isEmpty(), problems.size() + " answers broke the rules, e.g.:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, digest) -> {
            if (!digest.equals(after.get(table))) {
                changed.put(table, digest + " -> " + after.get(table));
            }
        });
        assertEquals(Map.of(), changed, "refused writes changed the database");
        assertEquals(sendings.size(), outcomes.size(), "every request was sent within the budget");
        assertTrue(seconds < BUDGET_SECONDS, "bounded walk");
    }

    private static Outcome send(RawHttp http, Probe probe, Role role) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)));
        if (role.authorization() != null) {
            headers.put("Authorization", role.authorization());
        }
        if (probe.contentType() != null) {
            headers.put("Content-Type", probe.contentType());
        }
        try {
            Reply reply = http.send(probe.method(), probe.target(), headers, probe.body());
            return new Outcome(probe, role.name(), reply, problem(probe, reply));
        } catch (java.io.IOException e) {
            http.close();
            return new Outcome(probe, role.name(), new Reply(0, Map.of(), e.toString()), "no answer");
        }
    }

    /** Null when the answer is acceptable: below 500, and a 4xx in the error format of the API the path belongs to. */
    static String problem(Probe probe, Reply reply) {
        if (reply.status() >= 500) {
            return "server error";
        }
        if (reply.status() < 400) {
            return null;
        }
        if (containerRefused(probe, reply)) {
            return null;
        }
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return "not JSON (" + type + ")";
        }
        JsonNode body = HostileRequests.parse(reply.body());
        if (body == null || !body.isObject() || body.isEmpty()) {
            return "not a JSON object";
        }
        if (reply.body().contains("Exception") || reply.body().contains("org.hibernate") || reply.body().contains("java.")) {
            return "internals leaked";
        }
        String path = probe.target();
        boolean tutoring = path.startsWith("/v1/") || path.startsWith("/currentuser") || path.startsWith("/permissions");
        if (tutoring) {
            if (reply.status() == 401 && (path.startsWith("/currentuser") || path.startsWith("/permissions"))) {
                // The guide's own answer for these two: {"status": "ERR", "message": "No login found"}.
                return "ERR".equals(body.path("status").asText()) && "No login found".equals(body.path("message").asText()) ? null : "not the guide's 401";
            }
            boolean ok = "ERR".equals(body.path("result").asText()) && body.path("status").asInt() == reply.status()
                    && body.path("message").asText().startsWith("errMsg_");
            return ok ? null : "not the tutoring ERR body";
        }
        return body.has("result") ? "the tutoring body under the school API" : null;
    }

    /**
     * Liberty's web container decodes and canonicalizes the request path itself and answers 400 with
     * its own CWWWC0005I body for a malformed escape, NUL, an encoded slash, dot or backslash in the
     * path, before the application sees the request; such paths are accepted here as long as they
     * get that 400. (Bad UTF-8 in a path and every query-string problem reach the application.)
     */
    static boolean containerRefused(Probe probe, Reply reply) {
        String path = probe.target().contains("?") ? probe.target().substring(0, probe.target().indexOf('?')) : probe.target();
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        boolean suspicious = lower.matches(".*%(?![0-9a-f]{2}).*") || lower.contains("%00") || lower.contains("%2f") || lower.contains("%2e")
                || lower.contains("%5c") || lower.contains("%23");
        return suspicious && reply.status() == 400 && reply.body().contains("CWWWC0005I");
    }

    /** Content digests of the tables no timer touches and row counts of the others. */
    static Map<String, String> databaseState() {
        Map<String, String> state = new TreeMap<>();
        for (String table : COMPARED_BY_CONTENT) {
            state.put(table, Db.rows("select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from " + table + " t")
                    .get(0).get("d").toString());
        }
        for (String table : COMPARED_BY_COUNT) {
            state.put(table, Long.toString(Db.count("select count(*) from " + table)));
        }
        return state;
    }

    private static String abbreviate(String s) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
