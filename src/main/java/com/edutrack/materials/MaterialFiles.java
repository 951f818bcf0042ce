package com.edutrack.materials;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.UploadedFile;
import com.edutrack.platform.storage.MediaStorage;
import com.edutrack.platform.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The PDF files of study materials, in the media storage under {@code private/materials/} with a
 * generated name: a prefix {@code /media/} cannot reach (its routes resolve only
 * {@code folder/name} image keys) and a public bucket policy must not cover, so a file is served
 * only by the authorized download route (streamed, or a short-lived presigned URL after the check).
 * Writes follow the transaction ({@link MediaStorage}): a new file is removed again when the
 * transaction rolls back, a replaced or deleted one only once the transaction committed.
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

    /** A file written to the store: its key, the name the uploader gave it, its size in bytes. */
    public record Stored(String key, String originalName, long size) {
    }

    @Inject
    AppConfig config;
    @Inject
    MediaStorage storage;

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
        if (!startsWithMagic(file.head(MAGIC.length))) {
            errors.add(field, NOT_PDF);
            return false;
        }
        return true;
    }

    /** Writes a checked upload under a fresh generated name; inside a transaction. */
    public Stored store(UploadedFile file) {
        String key = UUID.randomUUID().toString().replace("-", "") + ".pdf";
        storage.put(FOLDER + "/" + key, file.path(), MaterialResource.PDF);
        return new Stored(key, originalName(file), file.size());
    }

    /** Removes a stored file once the current transaction committed (kept when it rolls back). */
    public void deleteAfterCommit(String key) {
        if (valid(key)) {
            storage.deleteAfterCommit(FOLDER + "/" + key);
        }
    }

    /** The file of a stored key; empty for anything that is not a well-formed key or is not stored. */
    public Optional<ObjectStore.StoredObject> open(String key) {
        return valid(key) ? storage.open(FOLDER + "/" + key) : Optional.empty();
    }

    public boolean exists(String key) {
        return valid(key) && storage.exists(FOLDER + "/" + key);
    }

    /**
     * With {@code EDUTRACK_MATERIAL_DOWNLOAD=redirect}: a presigned URL that serves the file for a
     * short while as an attachment under its original name; empty when downloads are streamed.
     */
    public Optional<URI> presignedDownload(String key, String fileName) {
        if (!config.materialDownloadRedirect() || !valid(key)) {
            return Optional.empty();
        }
        return storage.presignedGet(FOLDER + "/" + key, MaterialResource.PDF, ContentDisposition.attachment(fileName));
    }

    private static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches();
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
}
