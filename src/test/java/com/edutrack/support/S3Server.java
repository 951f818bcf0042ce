package com.edutrack.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3-compatible server of the test run: S3Proxy (from Maven Central, copied to
 * {@code target/s3proxy/s3proxy.jar} by the build) in its own process, storing objects as plain
 * files under {@code target/s3proxy/data/<bucket>/<key>}, with signature checks on (anonymous
 * requests are refused, as on a private bucket). The teardown stops it through its pid file; a
 * copy left by a killed run is stopped the same way before the next one starts.
 */
public final class S3Server {
    public static final String BUCKET = "edutrack-it";
    public static final String ACCESS_KEY = "it-access-key";
    public static final String SECRET_KEY = "it-secret-key-0123456789";
    public static final String REGION = "us-east-1";

    private S3Server() {
    }

    /** Starts S3Proxy on {@code port} with an empty bucket {@link #BUCKET}; returns its endpoint. */
    static String start(Path target, int port) throws Exception {
        Path home = target.resolve("s3proxy");
        Path jar = home.resolve("s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with the README's command (the build copies S3Proxy there)");
        }
        stop(target);
        Path data = home.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        String endpoint = "http://127.0.0.1:" + port;
        Files.writeString(home.resolve("s3proxy.properties"), String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data.toAbsolutePath(),
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties", home.resolve("s3proxy.properties").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("s3proxy.log").toFile()).start();
        Files.writeString(home.resolve("pid"), Long.toString(process.pid()));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!listening(port)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("S3Proxy did not start on port " + port + "; see " + home.resolve("s3proxy.log")
                        + ":\n" + Files.readString(home.resolve("s3proxy.log")));
            }
            Thread.sleep(200);
        }
        try (S3Client s3 = client(endpoint)) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        System.out.println("[it] S3Proxy on " + endpoint + ", bucket " + BUCKET);
        return endpoint;
    }

    /** An SDK client for the tests' own look into the bucket. */
    public static S3Client client(String endpoint) {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(REGION)).endpointOverride(URI.create(endpoint))
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stops the S3Proxy of this build folder, if one runs: called by the teardown after the servers
     * stopped (a shutdown hook does not outlive exec:java) and before a start, for one a killed run left.
     */
    static void stop(Path target) throws IOException {
        Path pidFile = target.resolve("s3proxy/pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                .filter(p -> p.info().commandLine().orElse("").contains("s3proxy.jar"))
                .ifPresent(p -> {
                    p.destroy();
                    p.onExit().join();
                });
        Files.delete(pidFile);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
