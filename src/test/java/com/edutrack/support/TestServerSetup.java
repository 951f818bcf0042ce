package com.edutrack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
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
 * {@code it.stripe.port}, a JWT key directory with two keys, and the S3 settings of the bucket in
 * the S3Proxy it starts on {@code it.s3.port}) and {@code target/it.properties} for the tests. With
 * {@code it.b.server} (the two-server profile) it writes the same settings, with its own ports, for
 * the second server. It also prepares the in-container tests' server ({@link ArquillianServerSetup}).
 * Never H2 or a local media folder: the HTTP tests run on the production database and object storage.
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
        recreateSchema(baseUrl, user, password, schema);
        String url = jdbcUrl(baseUrl, schema);
        System.out.println("[it] tests use " + url);
        // The server's own connections carry a name of their own, so a test can find exactly them
        // among every session on the database (the outage test terminates them).
        String serverApplicationName = "edutrack-server-" + schema;
        String serverUrl = url + "&ApplicationName=" + serverApplicationName;

        KeyPair current = rsa();
        KeyPair older = rsa();
        Path keyDir = keyDir(serverDir, older, current);
        Path target = serverDir.toAbsolutePath();
        while (!target.getFileName().toString().equals("target")) {
            target = target.getParent();
        }
        String s3Endpoint = S3Server.start(target, Integer.parseInt(firstNonBlank(System.getProperty("it.s3.port"), "9391")));
        String shared = shared(stripePort, s3Endpoint);
        writeOverride(serverDir, httpPort, System.getProperty("it.https.port", "9743"), "it-a", serverUrl, user, password, keyDir, shared);
        String serverB = System.getProperty("it.b.server");
        boolean twoServers = serverB != null && !serverB.isBlank();
        if (twoServers) {
            writeOverride(Path.of(serverB), System.getProperty("it.b.http.port"), System.getProperty("it.b.https.port"), "it-b", serverUrl, user,
                    password, keyDir, shared);
        }
        ArquillianServerSetup.Server arquillian = ArquillianServerSetup.prepare(serverDir, Integer.parseInt(httpPort), baseUrl, user, password, schema + "_arq");

        Properties props = new Properties();
        props.setProperty("db.url", url);
        props.setProperty("db.server.application.name", serverApplicationName);
        props.setProperty("db.user", user);
        props.setProperty("db.password", password);
        props.setProperty("base.url", "http://localhost:" + httpPort);
        props.setProperty("jwt.private", pem("PRIVATE KEY", current.getPrivate().getEncoded()));
        props.setProperty("jwt.older.private", pem("PRIVATE KEY", older.getPrivate().getEncoded()));
        props.setProperty("jwt.key.dir", keyDir.toAbsolutePath().toString());
        props.setProperty("arquillian.server", arquillian.name());
        props.setProperty("arquillian.base.url", "http://localhost:" + arquillian.httpPort() + "/");
        props.setProperty("stripe.port", stripePort);
        props.setProperty("stripe.secret.key", STRIPE_SECRET_KEY);
        props.setProperty("stripe.publishable.key", STRIPE_PUBLISHABLE_KEY);
        props.setProperty("stripe.webhook.secret", STRIPE_WEBHOOK_SECRET);
        props.setProperty("s3.endpoint", s3Endpoint);
        props.setProperty("s3.data", target.resolve("s3proxy/data").resolve(S3Server.BUCKET).toString());
        if (twoServers) {
            props.setProperty("base.url.b", "http://localhost:" + System.getProperty("it.b.http.port"));
            props.setProperty("server.b.dir", Path.of(serverB).toAbsolutePath().toString());
        }
        try (var out = Files.newOutputStream(target.resolve("it.properties"))) {
            props.store(out, "written by TestServerSetup");
        }
    }

    /** What the HTTP test servers share beyond {@link #variables}: the object storage, the Stripe double, diagnostics. */
    private static String shared(String stripePort, String s3Endpoint) {
        return """
                    <variable name="EDUTRACK_DIAGNOSTICS" value="true"/>
                    <variable name="EDUTRACK_STORAGE" value="s3"/>
                    <variable name="EDUTRACK_S3_ENDPOINT" value="%s"/>
                    <variable name="EDUTRACK_S3_REGION" value="%s"/>
                    <variable name="EDUTRACK_S3_BUCKET" value="%s"/>
                    <variable name="EDUTRACK_S3_ACCESS_KEY" value="%s"/>
                    <variable name="EDUTRACK_S3_SECRET_KEY" value="%s"/>
                    <variable name="EDUTRACK_MATERIAL_DOWNLOAD" value="%s"/>
                    <variable name="STRIPE_SECRET_KEY" value="%s"/>
                    <variable name="STRIPE_PUBLISHABLE_KEY" value="%s"/>
                    <variable name="STRIPE_WEBHOOK_SECRET" value="%s"/>
                    <variable name="STRIPE_API_BASE" value="http://localhost:%s"/>
                    <variable name="STRIPE_TIMEOUT_SECONDS" value="2"/>
                    <variable name="STRIPE_MAX_NETWORK_RETRIES" value="2"/>
                """.formatted(s3Endpoint, S3Server.REGION, S3Server.BUCKET, S3Server.ACCESS_KEY, S3Server.SECRET_KEY,
                firstNonBlank(System.getProperty("it.material.download"), "stream"),
                STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET, stripePort);
    }

    /** A configDropins override for one HTTP test server: its ports, its instance name, a media root of its own (unused with the bucket). */
    private static void writeOverride(Path serverDir, String httpPort, String httpsPort, String instance, String url, String user, String password,
                                      Path keyDir, String shared) throws IOException {
        Path overrides = serverDir.resolve("configDropins/overrides");
        Files.createDirectories(overrides);
        Files.writeString(overrides.resolve("it.xml"), "<server>\n"
                + variables(httpPort, httpsPort, url, user, password, keyDir, serverDir.resolve("it-media"))
                + "        <variable name=\"EDUTRACK_INSTANCE_NAME\" value=\"" + instance + "\"/>\n"
                + shared + "</server>\n");
    }

    static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /**
     * A server's key directory (EDUTRACK_JWT_KEY_DIR) with two keys, so tokens of an older key are
     * there to verify from the start; the newer one signs. Tests add and remove keys here.
     */
    static Path keyDir(Path serverDir, KeyPair older, KeyPair current) throws IOException {
        Path dir = serverDir.resolve("it-jwt-keys");
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(dir.resolve("2024-01-01-older.pem"), pem("PRIVATE KEY", older.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("2025-01-01-current.pem"), pem("PRIVATE KEY", current.getPrivate().getEncoded()));
        return dir;
    }

    /** The settings both test servers share (the HTTP tests' one and the in-container tests' one). */
    static String variables(String httpPort, String httpsPort, String url, String user, String password, Path keyDir, Path media) {
        return """
                    <variable name="HTTP_PORT" value="%s"/>
                    <variable name="HTTPS_PORT" value="%s"/>
                    <variable name="EDUTRACK_DB_URL" value="%s"/>
                    <variable name="EDUTRACK_DB_USER" value="%s"/>
                    <variable name="EDUTRACK_DB_PASSWORD" value="%s"/>
                    <variable name="EDUTRACK_JWT_KEY_DIR" value="%s"/>
                    <variable name="EDUTRACK_TRUSTED_ORIGINS" value="http://localhost:3000,https://app.edutrack.test"/>
                    <variable name="EDUTRACK_TRUSTED_PROXIES" value="127.0.0.1,0:0:0:0:0:0:0:1"/>
                    <variable name="EDUTRACK_COOKIE_SECURE" value="false"/>
                    <variable name="EDUTRACK_PASSWORD_ITERATIONS" value="1000"/>
                    <variable name="EDUTRACK_ADMIN_USERNAME" value="owner"/>
                    <variable name="EDUTRACK_ADMIN_PASSWORD" value="owner-pass-123"/>
                    <variable name="EDUTRACK_MEDIA_ROOT" value="%s"/>
                """.formatted(httpPort, httpsPort, xml(url), xml(user), xml(password), xml(keyDir.toAbsolutePath().toString()),
                xml(media.toAbsolutePath().toString()));
    }

    static String jdbcUrl(String baseUrl, String schema) {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void recreateSchema(String baseUrl, String user, String password, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
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

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----" + Base64.getEncoder().encodeToString(der) + "-----END " + type + "-----";
    }

    static String xml(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
