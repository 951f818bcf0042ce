package com.edutrack.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.UploadedFile;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The PDF files of study materials. They live in {@code <media root>/private/materials/} under a
 * generated name: a folder {@code /media/} cannot reach (its routes resolve only
 * {@code folder/name} image keys), so a file is served only by the authorized download route.
 * File writes follow the transaction: a new file is removed again when the transaction rolls
 * back, a replaced or deleted one only once the transaction committed.
 */
@ApplicationScoped
public class MaterialFiles {
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final String TOO_LARGE = "File too large. Size should not exceed 50 MB.";
    public static final String NOT_PDF = "The file is not a valid PDF document.";
    public static final String REQUIRED = "No file was submitted.";
    public static final String EMPTY = "The submitted file is empty.";
    public static final String NO_NAME = "No filename could be determined.";
    static final int NAME_MAX = 255;
    static final String FOLDER = "private/materials";
    /** What a stored key looks like; anything else is never resolved to a path. */
    static final Pattern KEY = Pattern.compile("[0-9a-f]{32}\\.pdf");
    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final Logger LOG = Logger.getLogger(MaterialFiles.class.getName());

    /** A file written to the store: its key, the name the uploader gave it, its size in bytes. */
    public record Stored(String key, String originalName, long size) {
    }

    @Inject
    AppConfig config;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Checks an upload as the seed asks (extension, then size, then the {@code %PDF-} signature
     * the content must start with); adds the field error and returns false when it is refused.
     */
    public boolean check(String field, UploadedFile file, FieldErrors errors) {
        String name = originalName(file);
        if (name.isEmpty()) {
            errors.add(field, NO_NAME);
            return false;
        }
        if (name.length() > NAME_MAX) {
            errors.add(field, "Ensure this filename has at most " + NAME_MAX + " characters (it has " + name.length() + ").");
            return false;
        }
        String extension = extensionOf(name);
        if (!extension.equals("pdf")) {
            errors.add(field, "File extension '" + extension + "' is not allowed. Allowed extensions are: pdf.");
            return false;
        }
        if (file.size() == 0) {
            errors.add(field, EMPTY);
            return false;
        }
        if (file.size() > MAX_BYTES) {
            errors.add(field, TOO_LARGE);
            return false;
        }
        if (!startsWithMagic(file.content())) {
            errors.add(field, NOT_PDF);
            return false;
        }
        return true;
    }

    /** Writes a checked upload under a fresh generated name; inside a transaction. */
    public Stored store(UploadedFile file) {
        String key = UUID.randomUUID().toString().replace("-", "") + ".pdf";
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.content(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a study material", e);
        }
        transactions.registerInterposedSynchronization(afterCompletion(key, false));
        return new Stored(key, originalName(file), file.size());
    }

    /** Removes a stored file once the current transaction committed (kept when it rolls back). */
    public void deleteAfterCommit(String key) {
        transactions.registerInterposedSynchronization(afterCompletion(key, true));
    }

    /** The file of a stored key, or null for anything that is not a well-formed key. */
    public Path fileOf(String key) {
        return key != null && KEY.matcher(key).matches() ? resolve(key) : null;
    }

    /**
     * The name the client sent, without any folder part (browsers on Windows send
     * {@code C:\fakepath\x.pdf}) and without control characters; used for the download only.
     */
    static String originalName(UploadedFile file) {
        String name = file.fileName() == null ? "" : file.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    /** Django's FileExtensionValidator: the text after the last dot, lower case ("" without one). */
    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean startsWithMagic(byte[] content) {
        if (content.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private Synchronization afterCompletion(String key, boolean onCommit) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    delete(key);
                }
            }
        };
    }

    /** Best effort: a file left behind is unreachable and only wastes space. */
    private void delete(String key) {
        Path file = fileOf(key);
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete study material file " + key, e);
        }
    }

    private Path resolve(String key) {
        Path folder = config.mediaRoot().resolve(FOLDER).normalize();
        Path path = folder.resolve(key).normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException("key outside the material folder");
        }
        return path;
    }
}
