package com.edutrack.platform.storage;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Uploaded images (course covers, lecture pictures, profile pictures) in the media storage. The
 * stored value is a key {@code folder/uuid.ext}; the name the client sent is never used, so no
 * upload can pick its own key or overwrite another image. Writes follow the transaction
 * ({@link MediaStorage}): a new image of a change that rolls back is removed, a replaced or
 * deleted one only once the change committed.
 */
@ApplicationScoped
public class ImageStore {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final String INVALID = "Upload a valid image. The file you uploaded was either not an image or a corrupted image.";
    public static final String TOO_LARGE = "Image size must not exceed 5 MB.";
    /** What a stored key looks like; anything else is not ours to serve. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,40}/[0-9a-f]{32}\\.(jpg|png|webp)");

    @Inject
    MediaStorage storage;

    /** Checks an upload; adds the field error and returns null when it is refused. */
    public ImageKind check(String field, UploadedFile file, FieldErrors errors) {
        if (file == null) {
            return null;
        }
        if (file.size() > MAX_BYTES) {
            errors.add(field, TOO_LARGE);
            return null;
        }
        ImageKind kind = ImageKind.sniff(file.head(12));
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
        return in.file(name).check(f -> f.size() <= MAX_BYTES, TOO_LARGE).check(f -> ImageKind.sniff(f.head(12)) != null, INVALID).field();
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
        return file == null ? null : store(folder, file, ImageKind.sniff(file.head(12)));
    }

    /** Removes {@code before} when the row now holds another key (or none). */
    public void deleteReplaced(String before, String now) {
        if (before != null && !before.equals(now)) {
            delete(before);
        }
    }

    /** Stores a checked image and returns its key. */
    public String store(String folder, UploadedFile file, ImageKind kind) {
        String key = folder + "/" + UUID.randomUUID().toString().replace("-", "") + "." + kind.extension();
        storage.put(key, file.path(), kind.mediaType());
        return key;
    }

    /** A replaced or orphaned image goes once the change committed; failure to remove it only wastes space. */
    public void delete(String key) {
        if (key != null && KEY.matcher(key).matches()) {
            storage.deleteAfterCommit(key);
        }
    }

    /** The image of a key, or empty when the key is not a well-formed image key or nothing is stored under it. */
    public Optional<ObjectStore.StoredObject> open(String key) {
        return key != null && KEY.matcher(key).matches() ? storage.open(key) : Optional.empty();
    }
}
