package com.edutrack.platform.pagination;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.edutrack.platform.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

/** Writes a {@link Page} as DRF's wrapper: count/next/previous/results, or count/results with all=true. */
@RequestScoped
public class DrfPages {
    @Inject
    RequestContext context;

    public Map<String, Object> body(Page<?> page) {
        if (!page.request().all() && page.request().page() > 1 && page.request().offset() >= page.total()) {
            throw PageRequest.invalidPage();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", page.total());
        if (!page.request().all()) {
            body.put("next", page.hasNext() ? link(page.request().page() + 1) : null);
            body.put("previous", page.request().page() > 1 ? link(page.request().page() - 1) : null);
        }
        body.put("results", page.items());
        return body;
    }

    /** An absolute link to another page of the same request; page 1 is written without the parameter, as DRF does. */
    private String link(int page) {
        URI uri = context.originalUri();
        UriBuilder builder = UriBuilder.fromUri(uri).replaceQueryParam("page");
        if (page > 1) {
            builder.queryParam("page", page);
        }
        return builder.build().toString();
    }
}
