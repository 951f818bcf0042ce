package com.edutrack.structure;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response shapes of the educational structure. */
public final class StructureViews {
    private StructureViews() {
    }

    @Schema(name = "Lookup", description = "A grade, subject or governorate.")
    public record Lookup(@JsonbProperty("id") long id, @JsonbProperty("name") String name, @JsonbProperty("order") int order,
                         @JsonbProperty("is_active") boolean isActive) {
        static Lookup of(StructureItem item) {
            return new Lookup(item.getId(), item.getName(), item.getOrder(), item.isActive());
        }
    }

    @Schema(name = "Area", description = "An area of a governorate.")
    public record AreaView(@JsonbProperty("id") long id, @JsonbProperty("name") String name, @JsonbProperty("order") int order,
                           @JsonbProperty("is_active") boolean isActive, @JsonbProperty("governorate") long governorate) {
        static AreaView of(Area area) {
            return new AreaView(area.getId(), area.getName(), area.getOrder(), area.isActive(), area.getGovernorate().getId());
        }
    }
}
