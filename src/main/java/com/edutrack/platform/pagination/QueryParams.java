package com.edutrack.platform.pagination;

import java.util.Locale;

import com.edutrack.platform.errors.FieldErrors;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * Typed access to list filters in the query string, with django-filter's messages for bad values
 * (collected, then thrown as one 400 by {@link #validate()}). Empty values mean "no filter".
 */
public final class QueryParams {
    private final MultivaluedMap<String, String> params;
    private final FieldErrors errors = new FieldErrors();

    public QueryParams(UriInfo uri) {
        this.params = uri.getQueryParameters();
    }

    public String text(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(name, "Enter a number.");
            return null;
        }
    }

    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                errors.add(name, "Select a valid choice. " + value + " is not one of the available choices.");
                yield null;
            }
        };
    }

    /** A value from a fixed set of choices. */
    public String choice(String name, java.util.Collection<String> choices) {
        String value = text(name);
        if (value != null && !choices.contains(value)) {
            errors.add(name, "Select a valid choice. " + value + " is not one of the available choices.");
            return null;
        }
        return value;
    }

    public QueryParams validate() {
        errors.throwIfAny();
        return this;
    }
}
