package com.edutrack.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs inside Maven after the test server stopped: removes the test configuration override that
 * {@link TestServerSetup} wrote, so a later {@code ./mvnw liberty:run} in the same checkout starts
 * with the development defaults, not the test database and port.
 */
public final class TestServerTeardown {
    public static void main(String[] args) throws Exception {
        Files.deleteIfExists(Path.of(args[0]).resolve("configDropins/overrides/it.xml"));
    }
}
