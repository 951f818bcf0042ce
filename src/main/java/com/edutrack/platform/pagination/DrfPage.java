package com.edutrack.platform.pagination;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * DRF's page: {@code count, next, previous, results}; with {@code all=true} only {@code count} and
 * {@code results} (the links are left out, as DRF's unpaginated answer has none). Built by
 * {@link DrfPages}.
 */
@Schema(requiredProperties = {"count", "results"},
        description = "A page of results. next/previous are absolute links (null at the ends) and are left out with all=true.")
@JsonbTypeSerializer(DrfPageSerializer.class)
public record DrfPage<T>(@JsonbProperty("count") long count,
                         @JsonbProperty("next") @Schema(nullable = true, format = "uri") String next,
                         @JsonbProperty("previous") @Schema(nullable = true, format = "uri") String previous,
                         @JsonbProperty("results") List<T> results,
                         @JsonbTransient @Schema(hidden = true) boolean all) {
}
