package com.edutrack.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs inside Maven after the test servers stopped: removes the test configuration overrides that
 * {@link TestServerSetup} wrote, so a later {@code ./mvnw liberty:run} in the same checkout starts
 * with the development defaults, not the test database, bucket and port; and stops the test run's
 * S3Proxy.
 */
public final class TestServerTeardown {
    public static void main(String[] args) throws Exception {
        for (String serverDir : args) {
            if (serverDir != null && !serverDir.isBlank()) {
                Files.deleteIfExists(Path.of(serverDir).resolve("configDropins/overrides/it.xml"));
            }
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        while (!target.getFileName().toString().equals("target")) {
            target = target.getParent();
        }
        S3Server.stop(target);
    }
}
