package com.edutrack.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What {@link TestServerSetup} wrote for the tests: the server's URL and its database. */
public final class TestEnv {
    private static Properties props;

    private TestEnv() {
    }

    static synchronized Properties props() {
        if (props == null) {
            Path file = Path.of(System.getProperty("it.properties", "target/it.properties"));
            props = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Run the tests with the README's command: " + file + " is missing", e);
            }
        }
        return props;
    }

    public static String baseUrl() {
        return props().getProperty("base.url");
    }

    public static String dbUrl() {
        return props().getProperty("db.url");
    }

    public static String dbUser() {
        return props().getProperty("db.user");
    }

    public static String dbPassword() {
        return props().getProperty("db.password");
    }

    /** The {@code application_name} of the test server's own database sessions (pg_stat_activity). */
    public static String serverDbApplicationName() {
        return props().getProperty("db.server.application.name");
    }

    /** The server's signing key, so tests can forge expired or foreign-claim tokens. */
    public static String jwtPrivateKeyPem() {
        return props().getProperty("jwt.private");
    }

    /** A second key of the server's key set, older than the signing one (its tokens stay valid). */
    public static String jwtOlderPrivateKeyPem() {
        return props().getProperty("jwt.older.private");
    }

    /** The server's JWT key directory (EDUTRACK_JWT_KEY_DIR): tests rotate keys by adding and removing files. */
    public static Path jwtKeyDir() {
        return Path.of(props().getProperty("jwt.key.dir"));
    }

    /** The port the Stripe double must listen on (the server's STRIPE_API_BASE). */
    public static int stripePort() {
        return Integer.parseInt(props().getProperty("stripe.port"));
    }

    public static String stripePublishableKey() {
        return props().getProperty("stripe.publishable.key");
    }

    /** The webhook signing secret the server verifies {@code Stripe-Signature} with. */
    public static String stripeWebhookSecret() {
        return props().getProperty("stripe.webhook.secret");
    }

    /** The S3 endpoint of the test bucket (S3Proxy). */
    public static String s3Endpoint() {
        return props().getProperty("s3.endpoint");
    }

    /** Where S3Proxy keeps the test bucket's objects: one plain file per key. */
    public static Path s3Data() {
        return Path.of(props().getProperty("s3.data"));
    }

    /** The second server of the two-server profile, or null outside it. */
    public static String baseUrlB() {
        return props().getProperty("base.url.b");
    }

    public static Path serverBDir() {
        return Path.of(props().getProperty("server.b.dir"));
    }

    public static Path serverLog() {
        return Path.of(System.getProperty("it.properties", "target/it.properties")).getParent()
                .resolve("liberty/wlp/usr/servers/edutrack/logs/messages.log");
    }
}
