package com.edutrack.platform.openapi;

import java.lang.reflect.Method;

import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The paging parameters every list takes, documented once here instead of on every route: DRF's
 * {@code page}, {@code page_size}, {@code all} for school lists (those answering a {@link DrfPage})
 * and the tutoring guide's {@code pageNumber}, {@code pageRowCount}, {@code getJoins} for
 * enveloped lists.
 */
final class ListParameters {
    private ListParameters() {
    }

    static void apply(Operation operation, Method method, boolean tutoringList) {
        if (DrfPage.class.isAssignableFrom(method.getReturnType())) {
            add(operation, "page", "1-based page number; a page past the end is 404 \"Invalid page.\"",
                    integer().minimum(java.math.BigDecimal.ONE));
            add(operation, "page_size", "Rows per page, default " + PageRequest.DEFAULT_SIZE + ", at most " + PageRequest.MAX_SIZE
                    + " (a bad value falls back to the default)", integer());
            add(operation, "all", "true: every row, without next/previous", OASFactory.createSchema().type(SchemaType.BOOLEAN));
        }
        if (tutoringList) {
            add(operation, "pageNumber", "1-based page; 0 returns every row", integer().minimum(java.math.BigDecimal.ZERO));
            add(operation, "pageRowCount", "Rows per page, default 25, at most 200", integer().minimum(java.math.BigDecimal.ONE));
            add(operation, "getJoins", "false leaves the joined objects out (default true)", OASFactory.createSchema().type(SchemaType.BOOLEAN));
        }
    }

    private static void add(Operation operation, String name, String description, Schema schema) {
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema));
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(SchemaType.INTEGER);
    }
}
