package com.edutrack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "The exam rush" benchmark: N students who bought a lecture start and submit a Q-question quiz
 * as fast as the server lets them, from a fixed thread pool on the same machine (loopback only),
 * bounded in count and in time. The same pool then hammers two trivial endpoints of the same
 * server ({@code GET /health/live} and {@code GET /api/structure/grades}), and the report gives
 * requests per second, p50/p95/p99 latency and errors of each, their ratio, and the database's
 * word on lost or duplicated submissions.
 *
 * <p>Run by {@code ./mvnw verify -Pbench} (see docs/benchmark.md): Maven starts the server as for
 * the tests and runs this class instead of the ITs. Settings (system properties): bench.students
 * (1000), bench.questions (20), bench.threads (32), bench.warmup (100 students), bench.maxSeconds
 * (600, for the whole measured part).
 */
public final class ExamRush {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final int students = Integer.getInteger("bench.students", 1000);
    private final int questions = Integer.getInteger("bench.questions", 20);
    private final int threads = Integer.getInteger("bench.threads", 32);
    private final int warmup = Integer.getInteger("bench.warmup", 100);
    private final Instant deadline = Instant.now().plusSeconds(Integer.getInteger("bench.maxSeconds", 600));

    private ExamRush(String base) {
        this.base = base;
    }

    private static final Path REPORT = Path.of("target/bench/exam-rush.md");
    private static final Path FAILED = Path.of("target/bench/exam-rush.failed");

    /**
     * Without arguments: the run (integration-test phase). A failure is recorded, not thrown, so
     * Maven still stops the server; {@code verdict} (verify phase, after the stop) then fails the build.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("verdict")) {
            if (Files.exists(FAILED)) {
                throw new IllegalStateException("exam rush failed: " + Files.readString(FAILED));
            }
            return;
        }
        Files.createDirectories(FAILED.getParent());
        Files.deleteIfExists(FAILED);
        try {
            start();
        } catch (Throwable e) {
            e.printStackTrace();
            Files.writeString(FAILED, String.valueOf(e));
        }
    }

    private static void start() throws Exception {
        String base = TestEnv.baseUrl();
        String host = URI.create(base).getHost();
        if (!List.of("localhost", "127.0.0.1", "::1", "[::1]").contains(host)) {
            throw new IllegalStateException("The exam rush only runs against a server on this machine (loopback), not " + base);
        }
        // exec:java gives this run its own class loader; the driver registered by the test setup's run is not visible here.
        Class.forName("org.postgresql.Driver");
        new ExamRush(base).run();
    }

    /** Latencies (ms) and failures of one kind of request. */
    static final class Series {
        final String name;
        final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();
        long wallNanos;

        Series(String name) {
            this.name = name;
        }

        void record(long startNanos, HttpResponse<String> r, int expected) {
            millis.add((System.nanoTime() - startNanos) / 1e6);
            int status = r.statusCode();
            String body = r.body();
            statements.addAndGet(r.headers().firstValue("X-Sql-Statements").map(Long::parseLong).orElse(0L));
            if (status != expected) {
                errors.incrementAndGet();
                if (samples.size() < 5) {
                    samples.add(status + " " + (body.length() > 200 ? body.substring(0, 200) : body));
                }
            }
        }

        double percentile(double p) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        double rps() {
            return millis.size() / (wallNanos / 1e9);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.1f |", name, millis.size(), rps(),
                    percentile(50), percentile(95), percentile(99), errors.get(), millis.isEmpty() ? 0.0 : statements.get() / (double) millis.size());
        }
    }

    private void run() throws Exception {
        awaitReady();
        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("[bench] fixtures: %d + %d warm-up students, %d questions, run %s%n", students, warmup, questions, run);
        Account teacher = Fixtures.teacher();
        long lecture = lecture(teacher);
        List<Long> questionIds = questions(teacher);
        long quiz = quiz(teacher, lecture, questionIds, "Exam rush " + run);
        long warmQuiz = quiz(teacher, lecture, questionIds, "Warm-up " + run);
        List<String> tokens = students(run, students + warmup, lecture);
        List<String> warmTokens = tokens.subList(students, tokens.size());
        List<String> examTokens = tokens.subList(0, students);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            System.out.println("[bench] warm-up");
            exam(pool, warmQuiz, warmTokens, new Series("warm-up start"), new Series("warm-up submit"));
            trivial(pool, "/health/live", 2000, new Series("warm-up live"));
            trivial(pool, "/api/structure/grades/", 2000, new Series("warm-up grades"));

            System.out.println("[bench] measured: exam");
            Series start = new Series("POST /api/learning/quizzes/{id}/start/");
            Series submit = new Series("POST /api/learning/quiz-submissions/{id}/submit/");
            long examWall = exam(pool, quiz, examTokens, start, submit);
            Series exam = new Series("exam (start + submit, both)");
            exam.millis.addAll(start.millis);
            exam.millis.addAll(submit.millis);
            exam.errors.set(start.errors.get() + submit.errors.get());
            exam.statements.set(start.statements.get() + submit.statements.get());
            exam.wallNanos = examWall;
            start.wallNanos = examWall;
            submit.wallNanos = examWall;

            System.out.println("[bench] measured: trivial endpoints");
            Series live = new Series("GET /health/live");
            trivial(pool, "/health/live", 2 * students, live);
            Series grades = new Series("GET /api/structure/grades/");
            trivial(pool, "/api/structure/grades/", 2 * students, grades);

            String report = report(quiz, exam, start, submit, live, grades);
            System.out.println(report);
            Files.writeString(REPORT, report);
            System.out.println("[bench] report written to " + REPORT.toAbsolutePath());
            if (report.contains("RESULT: FAILED")) {
                Files.writeString(FAILED, "lost or duplicated submissions, see " + REPORT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every student starts and submits (answering the first choice of each question); returns the wall time in ns. */
    private long exam(ExecutorService pool, long quiz, List<String> tokens, Series start, Series submit) throws Exception {
        return timed(pool, tokens.size(), i -> () -> {
            String token = tokens.get(i);
            long t0 = System.nanoTime();
            HttpResponse<String> started = send(post("/api/learning/quizzes/" + quiz + "/start/", token, "{}"));
            start.record(t0, started, 201);
            if (started.statusCode() != 201) {
                return;
            }
            JsonNode attempt = JSON.readTree(started.body());
            List<Map<String, Object>> answers = new ArrayList<>();
            for (JsonNode q : attempt.get("questions")) {
                answers.add(Map.of("question", q.get("question").asLong(), "selected_choices", List.of(q.get("choices").get(0).get("id").asLong())));
            }
            String body = JSON.writeValueAsString(Map.of("answers", answers));
            long t1 = System.nanoTime();
            HttpResponse<String> done = send(post("/api/learning/quiz-submissions/" + attempt.get("id").asLong() + "/submit/", token, body));
            submit.record(t1, done, 200);
        });
    }

    private void trivial(ExecutorService pool, String path, int count, Series series) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
        series.wallNanos = timed(pool, count, i -> () -> {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(request);
            series.record(t0, r, 200);
        });
    }

    interface Task {
        void run() throws Exception;
    }

    /** Runs count tasks on the pool and waits for all of them, but never past the bench deadline. */
    private long timed(ExecutorService pool, int count, IntFunction<Task> task) throws Exception {
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
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
        for (java.util.concurrent.Future<?> f : futures) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new IllegalStateException("bench deadline reached (bench.maxSeconds)");
            }
            f.get(left, TimeUnit.MILLISECONDS);
        }
        return System.nanoTime() - t0;
    }

    private HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private String report(long quiz, Series exam, Series start, Series submit, Series live, Series grades) {
        long attempts = Db.count("select count(*) from quiz_attempts where quiz_id = ?", quiz);
        long distinct = Db.count("select count(distinct student_id) from quiz_attempts where quiz_id = ?", quiz);
        long graded = Db.count("select count(*) from quiz_attempts where quiz_id = ? and status = 'graded' and submitted_at is not null", quiz);
        long answers = Db.count("select count(*) from quiz_answers a join quiz_attempts t on t.id = a.attempt_id where t.quiz_id = ? "
                + "and a.points_awarded is not null", quiz);
        long lost = students - graded;
        long duplicated = attempts - distinct;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "## Exam rush (%s)%n%n", Instant.now()));
        b.append(String.format(Locale.ROOT, "%d students, %d-question quiz, %d client threads (java.net.http, HTTP/1.1, loopback), "
                + "%d warm-up students and 2000 warm-up requests per trivial endpoint first; %d cores.%n%n",
                students, questions, threads, warmup, Runtime.getRuntime().availableProcessors()));
        b.append("| requests | count | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements/request |\n|---|---|---|---|---|---|---|---|\n");
        for (Series s : List.of(exam, start, submit, live, grades)) {
            b.append(s.row()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "%nExam throughput: %.1f submissions/s (%.1f s for %d students).%n",
                submit.millis.size() / (exam.wallNanos / 1e9), exam.wallNanos / 1e9, students));
        b.append(String.format(Locale.ROOT, "Ratio exam req/s : GET /health/live req/s = %.3f; : GET /api/structure/grades/ req/s = %.3f.%n",
                exam.rps() / live.rps(), exam.rps() / grades.rps()));
        b.append(String.format(Locale.ROOT, "%nDatabase after the run: %d attempts of %d distinct students, %d graded and submitted, "
                + "%d graded answers (expected %d); lost submissions: %d, duplicated: %d.%n", attempts, distinct, graded, answers,
                (long) students * questions, lost, duplicated));
        for (Series s : List.of(start, submit, live, grades)) {
            s.samples.forEach(e -> b.append("error sample (").append(s.name).append("): ").append(e).append('\n'));
        }
        if (lost != 0 || duplicated != 0 || answers != (long) students * questions) {
            b.append("\nRESULT: FAILED (lost or duplicated submissions)\n");
        }
        return b.toString();
    }

    /** Ready, and the application answers a database-backed route (its schema migrated). */
    private void awaitReady() throws Exception {
        for (int i = 0; i < 180; i++) {
            try {
                if (send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build()).statusCode() == 200
                        && send(HttpRequest.newBuilder(URI.create(base + "/api/structure/grades/")).timeout(Duration.ofSeconds(5)).build()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server at " + base + " did not become ready");
    }

    // ---- fixtures ----

    private static long lecture(Account teacher) {
        Timestamp now = Timestamp.from(Instant.now());
        long course = Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, true, ?, ?)",
                teacher.profileId(), Fixtures.grade(), Fixtures.subject(), Fixtures.unique("rush-course"), now, now);
        long topic = Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, true, ?, ?)",
                course, "Rush topic", now, now);
        return Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, 'Rush lecture', 100.00, 0, 30, true, 0, ?, ?)", topic, now, now);
    }

    /** The quiz's questions, created over HTTP by the teacher (4 choices each, the second correct). */
    private List<Long> questions(Account teacher) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        long chapter = Db.insert("insert into qb_chapters(subject_id, grade_id, name, sort_order, created_at) values (?, ?, 'Rush', 0, ?)",
                Fixtures.subject(), Fixtures.grade(), now);
        long lesson = Db.insert("insert into qb_lessons(chapter_id, name, sort_order, created_at) values (?, 'Rush', 0, ?)", chapter, now);
        String token = login(teacher.username(), teacher.password());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                choices.add(Map.of("text", "Choice " + c, "is_correct", c == 1));
            }
            String body = JSON.writeValueAsString(Map.of("lesson", lesson, "question_type", i % 2 == 0 ? "mcq_single" : "mcq_multiple",
                    "text", "Rush question " + i, "points", 1 + i % 3, "choices", choices));
            ids.add(created(send(post("/api/question-bank/questions/", token, body))));
        }
        return ids;
    }

    private long quiz(Account teacher, long lecture, List<Long> questionIds, String title) throws Exception {
        String token = login(teacher.username(), teacher.password());
        String body = JSON.writeValueAsString(Map.of("lecture", lecture, "title", title, "is_published", true, "question_ids", questionIds,
                "settings", Map.of("timer_minutes", 60, "question_order", "random", "shuffle_choices", true)));
        return created(send(post("/api/learning/quizzes/", token, body)));
    }

    private static long created(HttpResponse<String> r) throws Exception {
        if (r.statusCode() != 201) {
            throw new IllegalStateException("fixture request failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("id").asLong();
    }

    /** Students written in bulk (users, students, unexpired purchases of the lecture), then signed in; their access tokens. */
    private List<String> students(String run, int count, long lecture) throws Exception {
        long grade = Fixtures.grade();
        long gov = Fixtures.governorate();
        long area = Fixtures.area(gov);
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp until = Timestamp.from(Instant.now().plus(Duration.ofDays(30)));
        String hash = Fixtures.hash(Fixtures.PASSWORD);
        List<String> usernames = new ArrayList<>();
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into users(uuid, username, password_hash, role, name, gmail, is_active, "
                    + "created_at, updated_at, version) values (?, ?, ?, 'student', ?, ?, true, ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    String username = "rush-" + run + "-" + i;
                    usernames.add(username);
                    s.setObject(1, UUID.randomUUID());
                    s.setString(2, username);
                    s.setString(3, hash);
                    s.setString(4, "Rush student " + i);
                    s.setString(5, username + "@gmail.com");
                    s.setTimestamp(6, now);
                    s.setTimestamp(7, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into students(user_id, student_code, name_ar, name_en, phone_number, grade_id, "
                    + "national_id, birth_date, gender, governorate_id, area_id, status, can_access_course, created_at, updated_at, version) "
                    + "select u.id, 'R' || u.id, 'طالب', u.name, '01012345678', ?, '30001010100000', date '2008-01-01', 'male', ?, ?, 'active', "
                    + "true, ?, ?, 0 from users u where u.username like ?")) {
                s.setLong(1, grade);
                s.setLong(2, gov);
                s.setLong(3, area);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.setString(6, "rush-" + run + "-%");
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into lecture_purchases (student_id, lecture_id, amount_paid, purchased_at, "
                    + "expires_at, effective_expiry, extra_days) select st.id, ?, 100.00, ?, ?, ?, 0 from students st join users u on u.id = st.user_id "
                    + "where u.username like ?")) {
                s.setLong(1, lecture);
                s.setTimestamp(2, now);
                s.setTimestamp(3, until);
                s.setTimestamp(4, until);
                s.setString(5, "rush-" + run + "-%");
                s.executeUpdate();
            }
            c.commit();
        }
        System.out.println("[bench] signing in " + count + " students");
        String[] tokens = new String[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            timed(pool, count, i -> () -> tokens[i] = login(usernames.get(i), Fixtures.PASSWORD));
        } finally {
            pool.shutdown();
        }
        return Arrays.asList(tokens);
    }

    private String login(String username, String password) throws Exception {
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
}
