package com.edutrack.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens every test run: waits until the server's {@code /health/ready} says UP, and fails the run
 * loudly (with the end of the server log) when the application did not start. The Liberty plugin's
 * start goal does not notice a failed application by itself.
 */
public final class AwaitReady implements LauncherSessionListener {
    private static volatile boolean ready;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (ready || System.getProperty("it.properties") == null) {
            return;
        }
        try {
            await(TestEnv.baseUrl() + "/health/ready", TestEnv.serverLog());
            ready = true;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static void await(String url, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 300_000;
        String last = "no answer";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    System.out.println("[it] server ready: " + r.body());
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (Exception e) {
                last = e.toString();
            }
            if (Files.exists(log) && Files.readString(log).contains("CWWKZ0002E")) {
                break;
            }
            Thread.sleep(1000);
        }
        System.err.println("[it] THE APPLICATION DID NOT START: last readiness answer: " + last);
        if (Files.exists(log)) {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.err::println);
        }
        throw new IllegalStateException("The application did not become ready; see the server log above");
    }
}
