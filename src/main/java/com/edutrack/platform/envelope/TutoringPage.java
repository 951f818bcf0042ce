package com.edutrack.platform.envelope;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * The tutoring guide's common list parameters: {@code pageNumber} (default 1; 0 returns every row),
 * {@code pageRowCount} (default 25, at most 200) and {@code getJoins} (default true).
 */
public record TutoringPage(int pageNumber, int pageRowCount, boolean getJoins) {
    public static final int DEFAULT_ROWS = 25;
    public static final int MAX_ROWS = 200;

    public static TutoringPage from(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        int number = parse(q.getFirst("pageNumber"), 1, "pageNumber");
        int rows = parse(q.getFirst("pageRowCount"), DEFAULT_ROWS, "pageRowCount");
        if (number < 0 || rows < 1) {
            throw ApiException.tutoring(400, "errMsg_InvalidPagingParameters", "pageNumber must be 0 or more and pageRowCount 1 or more.");
        }
        String joins = q.getFirst("getJoins");
        return new TutoringPage(number, Math.min(rows, MAX_ROWS), joins == null || !joins.equalsIgnoreCase("false"));
    }

    private static int parse(String raw, int fallback, String name) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.tutoring(400, "errMsg_InvalidPagingParameters", name + " must be a whole number.");
        }
    }

    public boolean all() {
        return pageNumber == 0;
    }

    /** The same window expressed for {@link com.edutrack.platform.pagination.ListQuery}. */
    public PageRequest toPageRequest() {
        return new PageRequest(all() ? 1 : pageNumber, pageRowCount, all());
    }
}
