package com.edutrack.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.edutrack.support.TestEnv;

/**
 * PostgreSQL's own ceiling on this machine, measured in the same run: {@code pgbench} TPC-B-like
 * and select-only with 32 clients against a scratch database of the same server the application
 * uses. Where pgbench is missing (e.g. the embedded PostgreSQL of a machine without one), the
 * figures are absent and the report says why.
 */
final class PgBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final String DATABASE = "edutrack_pgbench";

    final Double tpcb;
    final Double selectOnly;
    final String note;

    private PgBench(Double tpcb, Double selectOnly, String note) {
        this.tpcb = tpcb;
        this.selectOnly = selectOnly;
        this.note = note;
    }

    static PgBench measure(int clients, int seconds) {
        try {
            URI db = URI.create(TestEnv.dbUrl().substring("jdbc:".length()));
            String host = db.getHost();
            String port = Integer.toString(db.getPort() < 0 ? 5432 : db.getPort());
            String user = TestEnv.dbUser();
            List<String> conn = List.of("-h", host, "-p", port, "-U", user);
            run(concat(List.of("psql", "-d", "postgres", "-c", "drop database if exists " + DATABASE), conn), 120);
            run(concat(List.of("psql", "-d", "postgres", "-c", "create database " + DATABASE), conn), 120);
            run(concat(List.of("pgbench", "-i", "-q", "-s", "10", DATABASE), conn), 600);
            String threads = Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors()));
            double tpcb = tps(run(concat(List.of("pgbench", "-c", Integer.toString(clients), "-j", threads, "-T", Integer.toString(seconds),
                    DATABASE), conn), seconds + 120));
            double select = tps(run(concat(List.of("pgbench", "-S", "-c", Integer.toString(clients), "-j", threads, "-T",
                    Integer.toString(seconds), DATABASE), conn), seconds + 120));
            run(concat(List.of("psql", "-d", "postgres", "-c", "drop database if exists " + DATABASE), conn), 120);
            return new PgBench(tpcb, select, String.format(Locale.ROOT, "pgbench -s 10, %d clients, %d s each, same PostgreSQL server (%s:%s)",
                    clients, seconds, host, port));
        } catch (Exception e) {
            return new PgBench(null, null, "pgbench not measured: " + e.getMessage() + " (no ratios to the database's ceiling in this run)");
        }
    }

    boolean measured() {
        return tpcb != null;
    }

    private static double tps(String output) {
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + output);
        }
        return Double.parseDouble(m.group(1));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is not installed here");
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + out.strip());
        }
        return out;
    }
}
