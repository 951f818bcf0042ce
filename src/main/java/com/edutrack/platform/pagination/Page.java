package com.edutrack.platform.pagination;

import java.util.List;
import java.util.function.Function;

/** One page of rows and the total they were cut from. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }

    public boolean hasNext() {
        return !request.all() && (long) request.page() * request.size() < total;
    }
}
