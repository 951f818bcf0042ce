package com.edutrack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs inside Maven (exec:java) before the test server starts: picks the PostgreSQL the tests use
 * (the JDBC URL given by {@code EDUTRACK_TEST_DB_URL}, else the local one on 127.0.0.1:5432/test,
 * else an embedded real PostgreSQL that lives as long as the Maven run), gives the run a fresh
 * schema, and writes the server's test configuration (a configDropins override, including the
 * Stripe keys and {@code STRIPE_API_BASE} pointing at the test JVM's Stripe double on
 * {@code it.stripe.port}) and {@code target/it.properties} for the tests. Never H2: the tests run on the production database.
 */
public final class TestServerSetup {
    /** Test-only Stripe settings: the server talks to the WireMock double, never to Stripe. */
    static final String STRIPE_SECRET_KEY = "sk_test_edutrack_it";
    static final String STRIPE_PUBLISHABLE_KEY = "pk_test_edutrack_it";
    static final String STRIPE_WEBHOOK_SECRET = "whsec_edutrack_it_0123456789abcdef";

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(args[0]);
        String httpPort = args[1];
        String schema = firstNonBlank(System.getProperty("it.db.schema"), "edutrack_it");
        String stripePort = firstNonBlank(System.getProperty("it.stripe.port"), "9390");
        String configured = firstNonBlank(System.getenv("EDUTRACK_TEST_DB_URL"), System.getProperty("it.db.url"));
        String user = firstNonBlank(System.getenv("EDUTRACK_TEST_DB_USER"), "postgres");
        String password = System.getenv().getOrDefault("EDUTRACK_TEST_DB_PASSWORD", "");
        String baseUrl;
        if (configured != null) {
            baseUrl = configured;
        } else if (reachable("jdbc:postgresql://127.0.0.1:5432/test", user, password)) {
            baseUrl = "jdbc:postgresql://127.0.0.1:5432/test";
        } else {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the process goes away with Maven
                }
            }));
            baseUrl = pg.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
            System.out.println("[it] started an embedded PostgreSQL: " + baseUrl);
        }
        try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        System.out.println("[it] tests use " + url);
        // The server's own connections carry a name of their own, so a test can find exactly them
        // among every session on the database (the outage test terminates them).
        String serverApplicationName = "edutrack-server-" + schema;
        String serverUrl = url + "&ApplicationName=" + serverApplicationName;

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path overrides = serverDir.resolve("configDropins/overrides");
        Files.createDirectories(overrides);
        Files.writeString(overrides.resolve("it.xml"), """
                <server>
                    <variable name="HTTP_PORT" value="%s"/>
                    <variable name="HTTPS_PORT" value="%s"/>
                    <variable name="EDUTRACK_DB_URL" value="%s"/>
                    <variable name="EDUTRACK_DB_USER" value="%s"/>
                    <variable name="EDUTRACK_DB_PASSWORD" value="%s"/>
                    <variable name="EDUTRACK_JWT_PRIVATE_KEY" value="%s"/>
                    <variable name="EDUTRACK_JWT_PUBLIC_KEY" value="%s"/>
                    <variable name="EDUTRACK_TRUSTED_ORIGINS" value="http://localhost:3000,https://app.edutrack.test"/>
                    <variable name="EDUTRACK_TRUSTED_PROXIES" value="127.0.0.1,0:0:0:0:0:0:0:1"/>
                    <variable name="EDUTRACK_COOKIE_SECURE" value="false"/>
                    <variable name="EDUTRACK_DIAGNOSTICS" value="true"/>
                    <variable name="EDUTRACK_PASSWORD_ITERATIONS" value="1000"/>
                    <variable name="EDUTRACK_ADMIN_USERNAME" value="owner"/>
                    <variable name="EDUTRACK_ADMIN_PASSWORD" value="owner-pass-123"/>
                    <variable name="EDUTRACK_MEDIA_ROOT" value="%s"/>
                    <variable name="STRIPE_SECRET_KEY" value="%s"/>
                    <variable name="STRIPE_PUBLISHABLE_KEY" value="%s"/>
                    <variable name="STRIPE_WEBHOOK_SECRET" value="%s"/>
                    <variable name="STRIPE_API_BASE" value="http://localhost:%s"/>
                    <variable name="STRIPE_TIMEOUT_SECONDS" value="2"/>
                    <variable name="STRIPE_MAX_NETWORK_RETRIES" value="2"/>
                </server>
                """.formatted(httpPort, System.getProperty("it.https.port", "9743"), xml(serverUrl), xml(user), xml(password),
                pem("PRIVATE KEY", keys.getPrivate().getEncoded()), pem("PUBLIC KEY", keys.getPublic().getEncoded()),
                xml(serverDir.resolve("it-media").toAbsolutePath().toString()),
                STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET, stripePort));

        Properties props = new Properties();
        props.setProperty("db.url", url);
        props.setProperty("db.server.application.name", serverApplicationName);
        props.setProperty("db.user", user);
        props.setProperty("db.password", password);
        props.setProperty("base.url", "http://localhost:" + httpPort);
        props.setProperty("jwt.private", pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        props.setProperty("stripe.port", stripePort);
        props.setProperty("stripe.secret.key", STRIPE_SECRET_KEY);
        props.setProperty("stripe.publishable.key", STRIPE_PUBLISHABLE_KEY);
        props.setProperty("stripe.webhook.secret", STRIPE_WEBHOOK_SECRET);
        Path target = serverDir.toAbsolutePath();
        while (!target.getFileName().toString().equals("target")) {
            target = target.getParent();
        }
        try (var out = Files.newOutputStream(target.resolve("it.properties"))) {
            props.store(out, "written by TestServerSetup");
        }
    }

    private static boolean reachable(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            System.out.println("[it] no PostgreSQL at " + url + " (" + e.getMessage() + ")");
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----" + Base64.getEncoder().encodeToString(der) + "-----END " + type + "-----";
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
