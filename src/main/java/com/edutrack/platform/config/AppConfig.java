package com.edutrack.platform.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the application, read through MicroProfile Config (environment variables of
 * the same names, or server.xml variables). {@link #validate()} runs at start so a bad value stops
 * the server with one clear line instead of failing later.
 */
@ApplicationScoped
public class AppConfig {
    private final Config config = ConfigProvider.getConfig(AppConfig.class.getClassLoader());

    private String string(String name, String fallback) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    private Optional<String> optional(String name) {
        return Optional.ofNullable(string(name, null));
    }

    private int integer(String name, int fallback, int min, int max) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new ConfigurationException(name + " must be between " + min + " and " + max + ", got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a whole number, got '" + raw + "'");
        }
    }

    private boolean bool(String name, boolean fallback) {
        String raw = string(name, null);
        if (raw == null) {
            return fallback;
        }
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new ConfigurationException(name + " must be true or false, got '" + raw + "'");
        }
        return Boolean.parseBoolean(raw);
    }

    /** Development mode: no PostgreSQL configured, the embedded H2 database is in use. */
    public boolean devMode() {
        String url = string("EDUTRACK_DB_URL", "");
        return url.isEmpty() || url.startsWith("jdbc:h2:");
    }

    public Path mediaRoot() {
        return Path.of(string("EDUTRACK_MEDIA_ROOT", "media")).toAbsolutePath();
    }

    /** Where development-only state (the generated JWT key pair) is kept. */
    public Path devStateDir() {
        return Path.of(string("EDUTRACK_DEV_STATE_DIR", "dev-state")).toAbsolutePath();
    }

    public Set<String> trustedOrigins() {
        return Arrays.stream(string("EDUTRACK_TRUSTED_ORIGINS", "http://localhost:3000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(AppConfig::stripSlash).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> trustedProxies() {
        return Arrays.stream(string("EDUTRACK_TRUSTED_PROXIES", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<String> jwtPrivateKey() {
        return optional("EDUTRACK_JWT_PRIVATE_KEY");
    }

    public Optional<String> jwtPublicKey() {
        return optional("EDUTRACK_JWT_PUBLIC_KEY");
    }

    /** A folder of key files (one key per *.pem, newest name signs), re-read while running for key rotation. */
    public Optional<Path> jwtKeyDir() {
        return optional("EDUTRACK_JWT_KEY_DIR").map(d -> Path.of(d).toAbsolutePath());
    }

    /** The audience put into tokens and required of them; unset: tokens carry no aud and none is checked. */
    public Optional<String> jwtAudience() {
        return optional("EDUTRACK_JWT_AUDIENCE");
    }

    /** Secure cookies: on by default outside development. */
    public boolean cookieSecure() {
        return bool("EDUTRACK_COOKIE_SECURE", !devMode());
    }

    public Optional<String> adminUsername() {
        return optional("EDUTRACK_ADMIN_USERNAME");
    }

    public Optional<String> adminPassword() {
        return optional("EDUTRACK_ADMIN_PASSWORD");
    }

    public boolean demoData() {
        return bool("EDUTRACK_DEMO_DATA", devMode());
    }

    public int passwordIterations() {
        return integer("EDUTRACK_PASSWORD_ITERATIONS", 600_000, 1_000, 10_000_000);
    }

    public int loginMaxFailures() {
        return integer("EDUTRACK_LOGIN_MAX_FAILURES", 10, 1, 10_000);
    }

    public int loginWindowMinutes() {
        return integer("EDUTRACK_LOGIN_WINDOW_MINUTES", 15, 1, 24 * 60);
    }

    public int accessTokenMinutes() {
        return integer("EDUTRACK_ACCESS_TOKEN_MINUTES", 30, 1, 24 * 60);
    }

    public int refreshTokenDays() {
        return integer("EDUTRACK_REFRESH_TOKEN_DAYS", 7, 1, 365);
    }

    /** Adds an SQL statement count header to every response (tests and profiling only). */
    public boolean diagnostics() {
        return bool("EDUTRACK_DIAGNOSTICS", false);
    }

    public Optional<String> stripeSecretKey() {
        return optional("STRIPE_SECRET_KEY");
    }

    public Optional<String> stripePublishableKey() {
        return optional("STRIPE_PUBLISHABLE_KEY");
    }

    public Optional<String> stripeWebhookSecret() {
        return optional("STRIPE_WEBHOOK_SECRET");
    }

    public Optional<String> stripeApiBase() {
        return optional("STRIPE_API_BASE");
    }

    /** Connect and read timeout of each Stripe call, in seconds. */
    public int stripeTimeoutSeconds() {
        return integer("STRIPE_TIMEOUT_SECONDS", 20, 1, 120);
    }

    /** How often stripe-java retries a call that failed on the network or with a 5xx/409 (same idempotency key). */
    public int stripeMaxNetworkRetries() {
        return integer("STRIPE_MAX_NETWORK_RETRIES", 2, 0, 5);
    }

    public int tutoringPendingTimeoutMinutes() {
        return integer("TUTORING_PENDING_TIMEOUT_MINUTES", 60, 1, 7 * 24 * 60);
    }

    // ---- media storage and running several servers ----

    /** {@code local} (a folder, one server) or {@code s3} (a bucket shared by every server). */
    public String storage() {
        String value = string("EDUTRACK_STORAGE", "local").toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("local") && !value.equals("s3")) {
            throw new ConfigurationException("EDUTRACK_STORAGE must be local or s3, got '" + value + "'");
        }
        return value;
    }

    public Optional<String> s3Endpoint() {
        return optional("EDUTRACK_S3_ENDPOINT").map(AppConfig::stripSlash);
    }

    public String s3Region() {
        return string("EDUTRACK_S3_REGION", "us-east-1");
    }

    public Optional<String> s3Bucket() {
        return optional("EDUTRACK_S3_BUCKET");
    }

    public Optional<String> s3AccessKey() {
        return optional("EDUTRACK_S3_ACCESS_KEY");
    }

    public Optional<String> s3SecretKey() {
        return optional("EDUTRACK_S3_SECRET_KEY");
    }

    /** Path-style requests (endpoint/bucket/key): on by default with a custom endpoint (MinIO-like servers). */
    public boolean s3PathStyle() {
        return bool("EDUTRACK_S3_PATH_STYLE", s3Endpoint().isPresent());
    }

    /** How long a presigned material download URL stays valid. */
    public int s3PresignSeconds() {
        return integer("EDUTRACK_S3_PRESIGN_SECONDS", 60, 1, 3600);
    }

    /** Base URL under which images are public (a CDN or the bucket's web endpoint); empty: served by /media/. */
    public Optional<String> mediaPublicUrl() {
        return optional("EDUTRACK_MEDIA_PUBLIC_URL").map(AppConfig::stripSlash);
    }

    /** Material downloads: {@code stream} through the server, or {@code redirect} to a presigned URL (s3 only). */
    public boolean materialDownloadRedirect() {
        String value = string("EDUTRACK_MATERIAL_DOWNLOAD", "stream").toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("stream") && !value.equals("redirect")) {
            throw new ConfigurationException("EDUTRACK_MATERIAL_DOWNLOAD must be stream or redirect, got '" + value + "'");
        }
        return value.equals("redirect");
    }

    /** This server's name in timer run records and logs: the setting, else host name and HTTP port. */
    public String instanceName() {
        return optional("EDUTRACK_INSTANCE_NAME").orElseGet(() -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "localhost";
            }
            return host + ":" + string("HTTP_PORT", "9080");
        });
    }

    private void validateStorage() {
        boolean s3 = storage().equals("s3");
        if (s3 && s3Bucket().isEmpty()) {
            throw new ConfigurationException("EDUTRACK_S3_BUCKET is required with EDUTRACK_STORAGE=s3");
        }
        if (s3AccessKey().isPresent() != s3SecretKey().isPresent()) {
            throw new ConfigurationException("EDUTRACK_S3_ACCESS_KEY and EDUTRACK_S3_SECRET_KEY must be set together (or neither: the SDK's default credentials)");
        }
        for (var url : java.util.List.of(java.util.Map.entry("EDUTRACK_S3_ENDPOINT", s3Endpoint()), java.util.Map.entry("EDUTRACK_MEDIA_PUBLIC_URL", mediaPublicUrl()))) {
            url.getValue().ifPresent(value -> {
                URI uri;
                try {
                    uri = URI.create(value);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(url.getKey() + " is not a valid URL: " + value);
                }
                if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                    throw new ConfigurationException(url.getKey() + " must be an http(s) URL, got: " + value);
                }
            });
        }
        if (materialDownloadRedirect() && !s3) {
            throw new ConfigurationException("EDUTRACK_MATERIAL_DOWNLOAD=redirect needs EDUTRACK_STORAGE=s3 (a folder cannot sign URLs)");
        }
        s3PathStyle();
        s3PresignSeconds();
    }

    /** Reads every setting once; throws {@link ConfigurationException} naming the first bad one. */
    public void validate() {
        for (String origin : trustedOrigins()) {
            URI uri;
            try {
                uri = URI.create(origin);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("EDUTRACK_TRUSTED_ORIGINS has an invalid origin: " + origin);
            }
            if (uri.getScheme() == null || uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                throw new ConfigurationException("EDUTRACK_TRUSTED_ORIGINS entries must look like https://host[:port], got: " + origin);
            }
        }
        if (jwtPrivateKey().isPresent() != jwtPublicKey().isPresent()) {
            throw new ConfigurationException("EDUTRACK_JWT_PRIVATE_KEY and EDUTRACK_JWT_PUBLIC_KEY must be set together");
        }
        if (jwtKeyDir().isPresent() && jwtPrivateKey().isPresent()) {
            throw new ConfigurationException("EDUTRACK_JWT_KEY_DIR and EDUTRACK_JWT_PRIVATE_KEY are two ways to give the signing keys: set one");
        }
        if (jwtKeyDir().isPresent() && !java.nio.file.Files.isDirectory(jwtKeyDir().get())) {
            throw new ConfigurationException("EDUTRACK_JWT_KEY_DIR is not a directory: " + jwtKeyDir().get());
        }
        if (!devMode() && jwtPrivateKey().isEmpty() && jwtKeyDir().isEmpty()) {
            throw new ConfigurationException("EDUTRACK_JWT_KEY_DIR or EDUTRACK_JWT_PRIVATE_KEY and EDUTRACK_JWT_PUBLIC_KEY are required with EDUTRACK_DB_URL (only the embedded dev database generates a key pair)");
        }
        if (adminUsername().isPresent() != adminPassword().isPresent()) {
            throw new ConfigurationException("EDUTRACK_ADMIN_USERNAME and EDUTRACK_ADMIN_PASSWORD must be set together");
        }
        long stripeKeys = java.util.stream.Stream.of(stripeSecretKey(), stripePublishableKey(), stripeWebhookSecret()).filter(Optional::isPresent).count();
        if (stripeKeys != 0 && stripeKeys != 3) {
            throw new ConfigurationException("STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET must be set together (or none: payments off)");
        }
        stripeApiBase().ifPresent(base -> {
            if (!base.startsWith("http://") && !base.startsWith("https://")) {
                throw new ConfigurationException("STRIPE_API_BASE must be an http(s) URL, got: " + base);
            }
        });
        validateStorage();
        cookieSecure();
        demoData();
        diagnostics();
        passwordIterations();
        loginMaxFailures();
        loginWindowMinutes();
        accessTokenMinutes();
        refreshTokenDays();
        tutoringPendingTimeoutMinutes();
        stripeTimeoutSeconds();
        stripeMaxNetworkRetries();
    }

    private static String stripSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
