package com.edutrack.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local folder store (development, one server): whole objects or none, and no key outside its folder. */
class LocalObjectStoreTest {
    @TempDir
    Path root;
    @TempDir
    Path uploads;

    @Test
    void storesReadsAndDeletesWholeFiles() throws Exception {
        Path upload = Files.writeString(uploads.resolve("u"), "hello");
        LocalObjectStore store = new LocalObjectStore(root);
        store.put("courses/a.png", upload, "image/png");
        assertTrue(store.exists("courses/a.png"));
        ObjectStore.StoredObject o = store.open("courses/a.png").orElseThrow();
        try (InputStream in = o.content()) {
            assertArrayEquals("hello".getBytes(), in.readAllBytes());
        }
        assertEquals(5, o.size());
        store.delete("courses/a.png");
        store.delete("courses/a.png");
        assertFalse(store.exists("courses/a.png"));
        assertTrue(store.open("courses/a.png").isEmpty());
        assertTrue(store.presignedGet("courses/a.png", "image/png", "inline", java.time.Duration.ofSeconds(5)).isEmpty());
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        LocalObjectStore store = new LocalObjectStore(root);
        assertThrows(UncheckedIOException.class, () -> store.put("courses/b.png", uploads.resolve("missing"), "image/png"));
        assertFalse(store.exists("courses/b.png"));
        try (Stream<Path> left = Files.walk(root)) {
            assertEquals(0, left.filter(Files::isRegularFile).count(), "no partial file either");
        }
        store.put("courses/c.png", Files.writeString(uploads.resolve("u"), "first"), "image/png");
        store.put("courses/c.png", Files.writeString(uploads.resolve("v"), "second!"), "image/png");
        assertEquals(7, store.open("courses/c.png").orElseThrow().size(), "a second write replaces the object whole, as on S3");
    }

    @Test
    void keysCannotLeaveTheRoot() {
        LocalObjectStore store = new LocalObjectStore(root.resolve("media"));
        assertThrows(IllegalArgumentException.class, () -> store.exists("../outside.png"));
        assertThrows(IllegalArgumentException.class, () -> store.open("courses/../../x"));
    }
}
