package com.edutrack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.edutrack.support.TestEnv;

/**
 * The benchmark of {@code ./mvnw verify -Pbench} (docs/benchmark.md): PostgreSQL's own ceiling
 * ({@link PgBench}) and the four scenarios (exam rush, browsing, purchase rush, booking rush)
 * against the server Maven started, in one run, with the server's CPU per request and memory.
 * Each scenario is bounded in count and by one deadline ({@code bench.maxSeconds}); a scenario
 * whose database check fails fails the build (after the server is stopped).
 *
 * <p>Settings (system properties): bench.scenarios (exam,browsing,purchase,booking), bench.threads
 * (32), bench.students (1000), bench.questions (20), bench.browsers (1000), bench.buyers (500),
 * bench.bookers (300), bench.slots (60), bench.warmup (100), bench.pgbench (true),
 * bench.pgbenchSeconds (20), bench.maxSeconds (1200).
 */
public final class Bench {
    private static final Path REPORT = Path.of("target/bench/report.md");
    private static final Path FAILED = Path.of("target/bench/failed");

    private Bench() {
    }

    /** Without arguments: the run; {@code verdict} (after the server stopped) fails the build if the run failed. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("verdict")) {
            if (Files.exists(FAILED)) {
                throw new IllegalStateException("benchmark failed: " + Files.readString(FAILED));
            }
            return;
        }
        Files.createDirectories(FAILED.getParent());
        Files.deleteIfExists(FAILED);
        try {
            // exec:java gives this run its own class loader; the driver of the test setup's run is not visible here.
            Class.forName("org.postgresql.Driver");
            run();
        } catch (Throwable e) {
            e.printStackTrace();
            Files.writeString(FAILED, String.valueOf(e));
        }
    }

    private static void run() throws Exception {
        List<String> scenarios = Arrays.asList(System.getProperty("bench.scenarios", "exam,browsing,purchase,booking").split(","));
        int threads = Integer.getInteger("bench.threads", 32);
        String runId = Long.toString(System.currentTimeMillis(), 36);
        try (Load load = new Load(TestEnv.baseUrl(), threads, Duration.ofSeconds(Integer.getInteger("bench.maxSeconds", 1200)))) {
            load.awaitReady();
            PgBench pg = Boolean.parseBoolean(System.getProperty("bench.pgbench", "true"))
                    ? PgBench.measure(32, Integer.getInteger("bench.pgbenchSeconds", 20)) : null;
            System.out.println("[bench] pgbench: " + (pg == null ? "skipped" : pg.measured() ? pg.tpcb + " / " + pg.selectOnly + " tps" : pg.note));
            ServerProcess server = ServerProcess.find();
            List<Outcome> outcomes = new ArrayList<>();
            for (String s : scenarios) {
                System.out.println("[bench] scenario " + s);
                outcomes.add(switch (s.trim()) {
                    case "exam" -> new ExamRush(load).run(runId, server);
                    case "browsing" -> new Browsing(load).run(runId, server);
                    case "purchase" -> new PurchaseRush(load).run(runId, server);
                    case "booking" -> new BookingRush(load).run(runId, server);
                    default -> throw new IllegalArgumentException("unknown scenario " + s);
                });
            }
            String report = Report.write(Instant.now(), threads, pg, server, outcomes);
            System.out.println(report);
            Files.writeString(REPORT, report);
            System.out.println("[bench] report written to " + REPORT.toAbsolutePath());
            List<String> failed = outcomes.stream().filter(o -> !o.correct).map(o -> o.title).toList();
            if (!failed.isEmpty()) {
                Files.writeString(FAILED, "database checks failed in " + failed + ", see " + REPORT);
            }
        }
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
