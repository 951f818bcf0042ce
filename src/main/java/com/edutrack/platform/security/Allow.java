package com.edutrack.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource method: the listed roles, or any signed-in user when none are listed.
 * Every resource method carries either this or {@link Public}; one with neither is refused (fail
 * closed), see {@link AuthorizationFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {
    Role[] value() default {};
}
