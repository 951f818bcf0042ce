package com.edutrack.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Both APIs write every key of a response object, with null for an empty value: so every property
 * of a schema reached from a success response is required, unless the schema lists its own
 * required keys (e.g. the DRF page, whose links are left out with all=true). Request forms are
 * not touched: what they need depends on POST, PUT or PATCH (see their descriptions).
 */
final class RequiredKeys {
    private final OpenAPI api;
    private final Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    RequiredKeys(OpenAPI api) {
        this.api = api;
    }

    void apply() {
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getResponses() == null) {
                    continue;
                }
                for (var e : op.getResponses().getAPIResponses().entrySet()) {
                    APIResponse r = e.getValue();
                    if (!e.getKey().startsWith("2") || r.getContent() == null) {
                        continue;
                    }
                    for (MediaType m : r.getContent().getMediaTypes().values()) {
                        visit(m.getSchema());
                    }
                }
            }
        }
    }

    private void visit(Schema s) {
        if (s == null || !seen.add(s)) {
            return;
        }
        if (s.getRef() != null) {
            String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
            visit(api.getComponents().getSchemas() == null ? null : api.getComponents().getSchemas().get(name));
            return;
        }
        if (s.getProperties() != null && !s.getProperties().isEmpty()) {
            if (s.getRequired() == null || s.getRequired().isEmpty()) {
                s.setRequired(new ArrayList<>(s.getProperties().keySet()));
            }
            s.getProperties().values().forEach(this::visit);
        }
        visit(s.getItems());
        visit(s.getAdditionalPropertiesSchema());
        for (List<Schema> group : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                group.forEach(this::visit);
            }
        }
    }
}
