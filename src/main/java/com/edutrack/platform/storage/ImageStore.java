package com.edutrack.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Uploaded images (course covers, lecture pictures, profile pictures) under the media root. The
 * stored value is a relative key {@code folder/uuid.ext}; the name the client sent is never used
 * on disk, so no upload can pick its own path or overwrite another file.
 */
@ApplicationScoped
public class ImageStore {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final String INVALID = "Upload a valid image. The file you uploaded was either not an image or a corrupted image.";
    public static final String TOO_LARGE = "Image size must not exceed 5 MB.";
    /** What a stored key looks like; anything else is not ours to serve. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,40}/[0-9a-f]{32}\\.(jpg|png|webp)");

    @Inject
    AppConfig config;

    /** Checks an upload; adds the field error and returns null when it is refused. */
    public ImageKind check(String field, UploadedFile file, FieldErrors errors) {
        if (file == null) {
            return null;
        }
        if (file.size() > MAX_BYTES) {
            errors.add(field, TOO_LARGE);
            return null;
        }
        ImageKind kind = ImageKind.sniff(file.content());
        if (kind == null) {
            errors.add(field, INVALID);
        }
        return kind;
    }

    /**
     * An image field of a form, checked as {@link #check} does: at most 5 MB, a JPEG, PNG or WebP
     * by its content. An empty multipart value is sent as null: the form asks to remove the image.
     */
    public static Field<UploadedFile> field(FormInput in, String name) {
        return in.file(name).check(f -> f.size() <= MAX_BYTES, TOO_LARGE).check(f -> ImageKind.sniff(f.content()) != null, INVALID).field();
    }

    /**
     * Applies a validated form's image field to the key a row holds: a sent image is stored, a
     * sent null removes the image, an absent field keeps {@code current}. Returns the key to hold;
     * delete the one it replaces with {@link #deleteReplaced} once the row no longer points at it.
     */
    public String replace(String folder, Field<UploadedFile> image, String current) {
        if (!image.sent()) {
            return current;
        }
        UploadedFile file = image.value();
        return file == null ? null : store(folder, file, ImageKind.sniff(file.content()));
    }

    /** Removes {@code before} when the row now holds another key (or none). */
    public void deleteReplaced(String before, String now) {
        if (before != null && !before.equals(now)) {
            delete(before);
        }
    }

    /** Writes a checked image and returns its key. */
    public String store(String folder, UploadedFile file, ImageKind kind) {
        String key = folder + "/" + UUID.randomUUID().toString().replace("-", "") + "." + kind.extension();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.content(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an uploaded image", e);
        }
        return key;
    }

    /** Best effort: a replaced or orphaned image is removed; failure to do so only wastes space. */
    public void delete(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException ignored) {
            // left behind; harmless
        }
    }

    /** The file of a key, or null when the key is not a well-formed stored key. */
    public Path fileOf(String key) {
        return key != null && KEY.matcher(key).matches() ? resolve(key) : null;
    }

    private Path resolve(String key) {
        Path root = config.mediaRoot().normalize();
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key outside the media root");
        }
        return path;
    }
}
