package com.edutrack.bench;

import java.util.ArrayList;
import java.util.List;

/** What one scenario measured and what the database says about its correctness. */
final class Outcome {
    final String title;
    final String description;
    final List<Series> rows = new ArrayList<>();
    final List<String> checks = new ArrayList<>();
    Series primary;
    boolean correct = true;
    Double cpuMsPerRequest;

    Outcome(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** A correctness check: recorded, and the scenario fails when it does not hold. */
    void check(boolean holds, String what) {
        checks.add((holds ? "ok: " : "FAILED: ") + what);
        correct &= holds;
    }

    /** Server CPU spent during the measured part, per request of the primary series. */
    void cpu(ServerProcess server, long cpuBefore) throws Exception {
        if (server != null && primary != null && primary.count() > 0) {
            cpuMsPerRequest = (server.cpuMillis() - cpuBefore) / (double) primary.count();
        }
    }
}
