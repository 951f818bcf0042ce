package com.edutrack.platform.pagination;

import com.edutrack.platform.errors.ApiException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * DRF page-number pagination parameters: {@code page} (1-based), {@code page_size} (default 50,
 * capped at 200; a bad value falls back to the default), {@code all=true} for everything.
 * Page 0, a non-number or a page past the end answers 404 {@code {"detail": "Invalid page."}}.
 */
public record PageRequest(int page, int size, boolean all) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageRequest from(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        boolean all = "true".equalsIgnoreCase(q.getFirst("all"));
        int size = DEFAULT_SIZE;
        String rawSize = q.getFirst("page_size");
        if (rawSize != null) {
            try {
                int parsed = Integer.parseInt(rawSize.trim());
                if (parsed > 0) {
                    size = Math.min(parsed, MAX_SIZE);
                }
            } catch (NumberFormatException ignored) {
                // DRF ignores a bad page_size
            }
        }
        int page = 1;
        String rawPage = q.getFirst("page");
        if (rawPage != null && !all) {
            try {
                page = Integer.parseInt(rawPage.trim());
            } catch (NumberFormatException e) {
                throw invalidPage();
            }
            if (page < 1) {
                throw invalidPage();
            }
        }
        return new PageRequest(page, size, all);
    }

    public int offset() {
        return (page - 1) * size;
    }

    static ApiException invalidPage() {
        return ApiException.detail(404, "Invalid page.");
    }
}
