package com.edutrack.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The Markdown report of a benchmark run: figures, ratios to PostgreSQL's ceiling, goals, checks. */
final class Report {
    private Report() {
    }

    static String write(Instant at, int threads, PgBench pg, ServerProcess server, List<Outcome> outcomes) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# Benchmark run %s%n%n%d client threads (java.net.http, HTTP/1.1, loopback), %d cores.%n%n",
                at, threads, Runtime.getRuntime().availableProcessors()));
        b.append("## PostgreSQL's ceiling (pgbench)\n\n");
        if (pg == null) {
            b.append("Skipped (bench.pgbench=false): no ratios.\n\n");
        } else if (pg.measured()) {
            b.append(String.format(Locale.ROOT, "TPC-B-like: %.1f transactions/s; select-only: %.1f transactions/s (%s).%n%n",
                    pg.tpcb, pg.selectOnly, pg.note));
        } else {
            b.append(pg.note).append("\n\n");
        }
        for (Outcome o : outcomes) {
            b.append("## ").append(o.title).append("\n\n").append(o.description).append("\n\n").append(Series.header());
            o.rows.forEach(s -> b.append(s.row()).append('\n'));
            b.append('\n');
            if (o.cpuMsPerRequest != null) {
                b.append(String.format(Locale.ROOT, "Server CPU: %.2f ms per request.%n", o.cpuMsPerRequest));
            }
            ratio(b, o, pg);
            o.checks.forEach(c -> b.append("- ").append(c).append('\n'));
            o.rows.forEach(s -> s.errorSamples().forEach(e -> b.append("- ").append(e).append('\n')));
            b.append('\n');
        }
        if (server != null) {
            b.append(String.format(Locale.ROOT, "Server resident memory after the run: %d MB.%n", server.rssMegabytes()));
        }
        boolean correct = outcomes.stream().allMatch(o -> o.correct);
        b.append(correct ? "\nRESULT: correct (every database check held)\n" : "\nRESULT: FAILED (a database check did not hold)\n");
        return b.toString();
    }

    /** Throughput as a share of pgbench, and the goals for the scenario. */
    private static void ratio(StringBuilder b, Outcome o, PgBench pg) {
        Series s = o.primary;
        double p99 = s.percentile(99);
        switch (o.title) {
            case "Exam rush" -> {
                if (pg != null && pg.measured()) {
                    double r = s.rps() / pg.tpcb;
                    b.append(String.format(Locale.ROOT, "Ratio to pgbench TPC-B: **%s** (goal >= 0.25: %s).%n", Bench.f(r), met(r >= 0.25)));
                }
                double spread = p99 / s.percentile(50);
                b.append(String.format(Locale.ROOT, "p99 / p50 = %.2f (goal <= 2.5: %s).%n", spread, met(spread <= 2.5)));
                if (o.cpuMsPerRequest != null) {
                    b.append(String.format(Locale.ROOT, "Server CPU per exam request goal <= 2.5 ms: %s.%n", met(o.cpuMsPerRequest <= 2.5)));
                }
            }
            case "Browsing" -> {
                if (pg != null && pg.measured()) {
                    double r = s.rps() / pg.selectOnly;
                    b.append(String.format(Locale.ROOT, "Ratio to pgbench select-only: **%s** (goal >= 0.15: %s).%n", Bench.f(r), met(r >= 0.15)));
                }
            }
            default -> b.append(String.format(Locale.ROOT, "p99 %.1f ms (goal under 1000 ms: %s).%n", p99, met(p99 < 1000)));
        }
    }

    private static String met(boolean ok) {
        return ok ? "met" : "not met";
    }
}
