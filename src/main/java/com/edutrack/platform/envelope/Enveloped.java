package com.edutrack.platform.envelope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tutoring route's answer is the envelope with its data under this name ({@code dataName}).
 * Read at run time by {@link Envelopes} and by the OpenAPI contract filter, which documents the
 * envelope with the data's own schema under this name.
 *
 * <p>A route whose answer truly varies between two envelopes (another data name, other extras)
 * repeats the annotation, gives each its data {@link #type()}, returns {@code Envelope<?>} and
 * builds the one it answers with {@link Envelopes#one(String, Object)}; the document lists the
 * envelopes as {@code oneOf}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Enveloped.OneOf.class)
public @interface Enveloped {
    /** The data name, e.g. {@code coursePack} or {@code coursePacks}. */
    String value();

    /** Extra top-level keys the route adds beside the data (e.g. {@code paymentResult}). */
    Extra[] extras() default {};

    /** The data's type; only for a repeated annotation (otherwise the T of the route's {@code Envelope<T>}). */
    Class<?> type() default Void.class;

    /** The envelopes of a route that answers one of several. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface OneOf {
        Enveloped[] value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Extra {
        String name();

        Class<?> type();

        boolean nullable() default false;
    }
}
