package com.edutrack.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Liberty server process the benchmark loads, read from /proc: CPU time (user + system, all
 * threads) and resident memory. Its pid is the one Liberty writes under {@code usr/servers/.pid}.
 */
final class ServerProcess {
    private static final double TICKS_PER_SECOND = 100.0;
    private final long pid;

    private ServerProcess(long pid) {
        this.pid = pid;
    }

    /** The server's process, or null where it cannot be read (no /proc, no pid file). */
    static ServerProcess find() {
        Path pidFile = Path.of("target/liberty/wlp/usr/servers/.pid/edutrack.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ServerProcess p = new ServerProcess(pid);
            p.cpuMillis();
            return p;
        } catch (Exception e) {
            System.out.println("[bench] server process not readable (" + e.getMessage() + "): no CPU or memory figures");
            return null;
        }
    }

    /** User + system CPU time of the process so far, in ms (clock ticks of 10 ms). */
    long cpuMillis() throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return (long) (ticks * 1000 / TICKS_PER_SECOND);
    }

    /** Resident set size in MB. */
    long rssMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
