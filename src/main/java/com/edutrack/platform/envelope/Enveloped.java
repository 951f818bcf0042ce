package com.edutrack.platform.envelope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tutoring route's answer is the envelope with its data under this name ({@code dataName}).
 * Read at run time by {@link Envelopes} and by the OpenAPI contract filter, which documents the
 * envelope with the data's own schema under this name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Enveloped {
    /** The data name, e.g. {@code coursePack} or {@code coursePacks}. */
    String value();

    /** Extra top-level keys the route adds beside the data (e.g. {@code paymentResult}). */
    Extra[] extras() default {};

    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Extra {
        String name();

        Class<?> type();

        boolean nullable() default false;
    }
}
