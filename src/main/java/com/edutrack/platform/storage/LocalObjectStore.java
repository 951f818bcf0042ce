package com.edutrack.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Objects as files under one folder (the media root): the default for development and a single
 * server. A write goes to a temporary name in the target folder and is moved into place, so a
 * failed or half-written upload is never visible under its key.
 */
public final class LocalObjectStore implements ObjectStore {
    private final Path root;

    public LocalObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path content, String contentType) {
        Path target = resolve(key);
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = target.resolveSibling("." + UUID.randomUUID() + ".partial");
            Files.copy(content, partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) {
        Path file = resolve(key);
        try {
            return Optional.of(new StoredObject(Files.newInputStream(file), Files.size(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    @Override
    public Optional<URI> presignedGet(String key, String contentType, String contentDisposition, Duration ttl) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "local folder " + root;
    }

    @Override
    public void close() {
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("key outside the media root: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray partial file has a name no key can take
        }
    }
}
