package com.edutrack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load generator: a fixed pool of client threads (java.net.http, HTTP/1.1) on this machine,
 * talking to the server over loopback only, bounded in count and by one deadline for the run.
 */
final class Load implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final String base;
    final int threads;
    private final Instant deadline;
    private final ExecutorService pool;

    Load(String base, int threads, Duration budget) {
        String host = URI.create(base).getHost();
        if (!List.of("localhost", "127.0.0.1", "::1", "[::1]").contains(host)) {
            throw new IllegalStateException("The benchmark only runs against a server on this machine (loopback), not " + base);
        }
        this.base = base;
        this.threads = threads;
        this.deadline = Instant.now().plus(budget);
        this.pool = Executors.newFixedThreadPool(threads);
    }

    interface Task {
        void run() throws Exception;
    }

    /** Runs count tasks on the pool and waits for all of them, never past the deadline; the wall time in ns. */
    long run(int count, IntFunction<Task> task) throws Exception {
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Task t = task.apply(i);
            futures.add(pool.submit(() -> {
                if (Instant.now().isAfter(deadline)) {
                    return null;
                }
                t.run();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new IllegalStateException("bench deadline reached (bench.maxSeconds)");
            }
            f.get(left, TimeUnit.MILLISECONDS);
        }
        return System.nanoTime() - t0;
    }

    HttpRequest get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.GET().build();
    }

    HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Signs every user in (not measured), in parallel; their access tokens in order. */
    List<String> signIn(List<String> usernames, String password) throws Exception {
        String[] tokens = new String[usernames.size()];
        run(usernames.size(), i -> () -> tokens[i] = login(usernames.get(i), password));
        return Arrays.asList(tokens);
    }

    String login(String username, String password) throws Exception {
        String body = JSON.writeValueAsString(new LinkedHashMap<>(Map.of("username", username, "password", password)));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/accounts/login/")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100." + (1 + Math.abs(username.hashCode() % 250)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        for (String cookie : r.headers().allValues("set-cookie")) {
            if (cookie.startsWith("access_token=")) {
                return cookie.substring("access_token=".length(), cookie.indexOf(';'));
            }
        }
        throw new IllegalStateException("no access_token cookie for " + username);
    }

    /** The body of a fixture request that must succeed with {@code status}. */
    static com.fasterxml.jackson.databind.JsonNode expect(HttpResponse<String> r, int status) throws Exception {
        if (r.statusCode() != status) {
            throw new IllegalStateException("fixture request failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Ready, and the application answers a database-backed route (its schema migrated). */
    void awaitReady() throws Exception {
        for (int i = 0; i < 180; i++) {
            try {
                if (send(get("/health/ready", null)).statusCode() == 200 && send(get("/api/structure/grades/", null)).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server at " + base + " did not become ready");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
