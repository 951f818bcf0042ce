package com.edutrack.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The generator names the schema of {@code DrfPage<AssistantView>} after the Java classes
 * ({@code DrfPageAssistantView}); the document calls it after the domain instead: the rows'
 * schema name plus {@code Page} ({@code AssistantPage}), and every reference follows.
 */
final class PageNames {
    private static final String PREFIX = "#/components/schemas/";

    private PageNames() {
    }

    static void apply(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            Schema results = e.getValue().getProperties() == null ? null : e.getValue().getProperties().get("results");
            if (!e.getKey().startsWith("DrfPage") || results == null || results.getItems() == null || results.getItems().getRef() == null) {
                continue;
            }
            String rows = results.getItems().getRef().substring(PREFIX.length());
            renamed.put(e.getKey(), rows + "Page");
        }
        renamed.forEach((from, to) -> {
            Schema s = schemas.get(from);
            api.getComponents().removeSchema(from);
            api.getComponents().addSchema(to, s);
        });
        if (renamed.isEmpty()) {
            return;
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        api.getComponents().getSchemas().values().forEach(s -> rewrite(s, renamed, seen));
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getResponses() == null) {
                    continue;
                }
                for (APIResponse r : op.getResponses().getAPIResponses().values()) {
                    if (r.getContent() != null) {
                        for (MediaType m : r.getContent().getMediaTypes().values()) {
                            rewrite(m.getSchema(), renamed, seen);
                        }
                    }
                }
            }
        }
    }

    private static void rewrite(Schema s, Map<String, String> renamed, Set<Schema> seen) {
        if (s == null || !seen.add(s)) {
            return;
        }
        if (s.getRef() != null && s.getRef().startsWith(PREFIX)) {
            String to = renamed.get(s.getRef().substring(PREFIX.length()));
            if (to != null) {
                s.setRef(PREFIX + to);
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> rewrite(p, renamed, seen));
        }
        rewrite(s.getItems(), renamed, seen);
        rewrite(s.getAdditionalPropertiesSchema(), renamed, seen);
        List<List<Schema>> groups = new ArrayList<>();
        groups.add(s.getAllOf());
        groups.add(s.getAnyOf());
        groups.add(s.getOneOf());
        for (List<Schema> g : groups) {
            if (g != null) {
                g.forEach(x -> rewrite(x, renamed, seen));
            }
        }
    }
}
