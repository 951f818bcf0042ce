package com.edutrack.bench;

import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies (ms), failures and SQL statement counts of one kind of request in one scenario. */
final class Series {
    final String name;
    final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
    final AtomicInteger errors = new AtomicInteger();
    final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    final AtomicLong statements = new AtomicLong();
    long wallNanos;

    Series(String name) {
        this.name = name;
    }

    /** Records one answer; a status outside {@code expected} is an error (with a sample kept). */
    void record(long startNanos, HttpResponse<String> r, int... expected) {
        millis.add((System.nanoTime() - startNanos) / 1e6);
        statements.addAndGet(r.headers().firstValue("X-Sql-Statements").map(Long::parseLong).orElse(0L));
        for (int e : expected) {
            if (r.statusCode() == e) {
                return;
            }
        }
        errors.incrementAndGet();
        if (samples.size() < 5) {
            String body = r.body();
            samples.add(r.statusCode() + " " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
    }

    /** One series made of several, over the wall time they shared. */
    static Series combined(String name, long wallNanos, Collection<Series> parts) {
        Series all = new Series(name);
        for (Series s : parts) {
            all.millis.addAll(s.millis);
            all.errors.addAndGet(s.errors.get());
            all.statements.addAndGet(s.statements.get());
            all.samples.addAll(s.samples);
        }
        all.wallNanos = wallNanos;
        return all;
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    double rps() {
        return wallNanos == 0 ? 0 : millis.size() / (wallNanos / 1e9);
    }

    double statementsPerRequest() {
        return millis.isEmpty() ? 0 : statements.get() / (double) millis.size();
    }

    static String header() {
        return "| requests | count | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements/request |\n|---|---|---|---|---|---|---|---|\n";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.1f |", name, count(), rps(),
                percentile(50), percentile(95), percentile(99), errors.get(), statementsPerRequest());
    }

    List<String> errorSamples() {
        return samples.stream().map(s -> "error sample (" + name + "): " + s).toList();
    }
}
