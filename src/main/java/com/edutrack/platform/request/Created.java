package com.edutrack.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route answers 201 Created with the body it returns (instead of 200). Read by
 * {@link RouteFilter} for the response and by the OpenAPI contract filter for the document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
}
