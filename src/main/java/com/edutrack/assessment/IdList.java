package com.edutrack.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Choice ids kept in one column as "12,15,20": the selected choices of an answer and the drawn
 * choice order of an attempt's question. A question's choices never change once it has answers,
 * so the ids stay meaningful.
 */
public final class IdList {
    private IdList() {
    }

    public static String format(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Long> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(value.split(",")).map(String::trim).map(Long::valueOf).toList());
    }

    public static Set<Long> parseSet(String value) {
        return new LinkedHashSet<>(parse(value));
    }
}
