package com.edutrack.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code migrate-media} command: copies a local media folder (what {@code EDUTRACK_MEDIA_ROOT}
 * held with {@code EDUTRACK_STORAGE=local}) into the bucket, each file under its path relative to
 * the folder, which is the key the database already stores. Objects already in the bucket with
 * the same size are skipped, so it can run again after an interruption. Run it before switching
 * the servers to {@code s3}; the bucket comes from the same {@code EDUTRACK_S3_*} variables.
 */
public final class MigrateMedia {
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "png", "image/png", "webp", "image/webp",
            "pdf", "application/pdf");

    /** How many files were copied, and how many were already there. */
    public record Result(int copied, int skipped) {
    }

    private MigrateMedia() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || args[0] == null || args[0].isBlank()) {
            System.err.println("usage: MigrateMedia <local media folder>   (bucket from EDUTRACK_S3_BUCKET, _ENDPOINT, _REGION, _ACCESS_KEY, _SECRET_KEY)");
            System.exit(2);
        }
        Optional<String> endpoint = env("EDUTRACK_S3_ENDPOINT");
        S3Settings settings = new S3Settings(endpoint, env("EDUTRACK_S3_REGION").orElse("us-east-1"),
                env("EDUTRACK_S3_BUCKET").orElseThrow(() -> new IllegalArgumentException("EDUTRACK_S3_BUCKET is not set")),
                env("EDUTRACK_S3_ACCESS_KEY"), env("EDUTRACK_S3_SECRET_KEY"),
                env("EDUTRACK_S3_PATH_STYLE").map(Boolean::parseBoolean).orElse(endpoint.isPresent()));
        try (ObjectStore bucket = new S3ObjectStore(settings)) {
            Result result = migrate(Path.of(args[0]), bucket);
            System.out.println("migrate-media: " + result.copied() + " file(s) copied, " + result.skipped() + " already in "
                    + bucket.describe());
        }
    }

    /** Copies every regular file under {@code root} that {@code target} does not hold yet. */
    public static Result migrate(Path root, ObjectStore target) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        int copied = 0;
        int skipped = 0;
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            Optional<ObjectStore.StoredObject> existing = target.open(key);
            if (existing.isPresent()) {
                existing.get().content().close();
                if (existing.get().size() == Files.size(file)) {
                    skipped++;
                    continue;
                }
            }
            target.put(key, file, TYPES.getOrDefault(extension(key), "application/octet-stream"));
            copied++;
        }
        return new Result(copied, skipped);
    }

    private static String extension(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
