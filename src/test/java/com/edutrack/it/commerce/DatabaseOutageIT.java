package com.edutrack.it.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a stream of parallel balance deposits: the test terminates every
 * database session of the test server (pg_terminate_backend, as a database restart or a failover
 * does) several times while deposits run. Caught requests answer 503 with Retry-After in the DRF
 * format, never 500; every acknowledged deposit is stored exactly once; the ledger still sums to
 * the balances; the server is ready again within 30 s without a restart.
 */
class DatabaseOutageIT {
    private static final int WRITERS = 6;
    private static final int KILLS = 5;

    private record Answer(String reason, int status, String retryAfter, String body) {
    }

    @Test
    void killedConnectionsAnswer503AndLoseNoAcknowledgedDeposit() throws Exception {
        Account teacher = Fixtures.teacher();
        long course = School.course(teacher);
        List<Account> students = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account student = Fixtures.student();
            School.approvedDirect(student.profileId(), course);
            students.add(student);
        }
        Api.token(teacher);
        assertEquals(200, School.deposit(teacher, students.get(0).profileId(), course, "1.00").statusCode(), "deposits work before the outage");

        String tag = Fixtures.unique("outage");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                while (!stop.get()) {
                    int n = sequence.incrementAndGet();
                    String reason = tag + "-" + n;
                    Account student = students.get(n % students.size());
                    Response r = Api.as(teacher).body(Map.of("student_id", String.valueOf(student.profileId()), "course_id", course,
                            "amount", "1.25", "reason", reason)).post("/api/payments/balance/add/");
                    answers.add(new Answer(reason, r.statusCode(), r.header("Retry-After"), r.asString()));
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        int terminated = 0;
        for (int k = 0; k < KILLS; k++) {
            terminated += terminateServerSessions();
            Thread.sleep(300);
        }
        Thread.sleep(1500);
        stop.set(true);
        pool.shutdown();
        for (Future<?> w : writers) {
            w.get();
        }
        long readyAfterMs = awaitReady(30_000);

        List<Answer> all = new ArrayList<>(answers);
        List<String> acknowledged = all.stream().filter(a -> a.status() == 200).map(Answer::reason).toList();
        List<Answer> unavailable = all.stream().filter(a -> a.status() == 503).toList();
        List<Answer> other = all.stream().filter(a -> a.status() != 200 && a.status() != 503).toList();
        List<String> stored = Db.rows("select reason from balance_transactions where reason like ?", tag + "-%").stream()
                .map(r -> (String) r.get("reason")).toList();
        long lost = acknowledged.stream().filter(reason -> !stored.contains(reason)).count();
        long doubled = stored.size() - stored.stream().distinct().count();
        long landedAnyway = unavailable.stream().filter(a -> stored.contains(a.reason())).count();
        System.out.printf("[outage] %d deposits sent, %d acknowledged, %d lost, %d doubled, %d answered 503 (%d of them stored anyway), "
                        + "%d other answers, %d server sessions terminated, ready again after %d ms%n",
                all.size(), acknowledged.size(), lost, doubled, unavailable.size(), landedAnyway, other.size(), terminated, readyAfterMs);

        assertTrue(terminated >= KILLS, "the server's sessions were found and terminated");
        assertTrue(other.isEmpty(), "only 200 or 503, never 500: " + other.stream().limit(5).toList());
        assertTrue(!unavailable.isEmpty(), "some deposits were caught by the outage");
        for (Answer a : unavailable) {
            assertTrue(a.retryAfter() != null && Integer.parseInt(a.retryAfter()) > 0, "503 carries Retry-After: " + a);
            assertTrue(a.body().startsWith("{\"detail\":"), "DRF body: " + a.body());
        }
        assertEquals(0, lost, "every acknowledged deposit is stored");
        assertEquals(0, doubled, "no deposit is stored twice");
        for (Account student : students) {
            School.assertLedgerMatches(student, course);
        }
        assertEquals(200, School.deposit(teacher, students.get(1).profileId(), course, "1.00").statusCode(), "deposits work again, no restart");
    }

    /** Terminates every session of the test server on its database; returns how many there were. */
    private static int terminateServerSessions() {
        return Db.rows("select pg_terminate_backend(pid) as t from pg_stat_activity where datname = current_database() "
                + "and application_name = ? and pid <> pg_backend_pid()", TestEnv.serverDbApplicationName()).size();
    }

    /** Milliseconds until /health/ready answers 200; fails after {@code limitMs}. */
    private static long awaitReady(long limitMs) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < limitMs) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return System.currentTimeMillis() - start;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/health/ready not UP within " + limitMs + " ms after the outage");
    }
}
