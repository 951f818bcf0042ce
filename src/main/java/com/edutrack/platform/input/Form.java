package com.edutrack.platform.input;

import com.edutrack.platform.errors.FieldErrors;

/**
 * A typed request form: a record of {@link Field}s read in one pass from JSON or
 * multipart/form-data by {@link FormBodyReader}, which calls the record's
 * {@code public static X read(FormInput)}. Reading never throws for a bad field: every problem
 * goes to {@link #errors()}, the service adds what only it can check (references, rules that need
 * the stored object) and calls {@link #validate()}, so one 400 lists every bad field and a bad
 * body on another owner's object still answers 403/404 first, as DRF does.
 */
public interface Form {
    FieldErrors errors();

    /** Throws the DRF field-error 400 when anything was wrong. */
    default void validate() {
        errors().throwIfAny();
    }
}
