package com.edutrack.platform.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file part of a multipart request. Its content is spooled to a temporary file as it arrives
 * (a 50 MB PDF never sits in the heap) and read back as a stream; the file is removed when the
 * request ends ({@link SpooledUploads}).
 */
public final class UploadedFile {
    private final String fileName;
    private final String contentType;
    private final Path spool;
    private final long size;

    private UploadedFile(String fileName, String contentType, Path spool, long size) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.spool = spool;
        this.size = size;
    }

    /** Copies a part's content into a fresh temporary file owned by the current request. */
    public static UploadedFile spool(String fileName, String contentType, InputStream content) throws IOException {
        Path file = SpooledUploads.newFile();
        try (content) {
            long size = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return new UploadedFile(fileName, contentType, file, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    /** The spooled content, for storage that reads a file (and can re-read it on a retry). */
    public Path path() {
        return spool;
    }

    public InputStream openStream() throws IOException {
        return Files.newInputStream(spool);
    }

    /** The first {@code n} bytes (fewer when the file is shorter), for recognising a format by its signature. */
    public byte[] head(int n) {
        try (InputStream in = openStream()) {
            byte[] bytes = in.readNBytes(n);
            return bytes.length == n ? bytes : Arrays.copyOf(bytes, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
    }

    public String extension() {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
