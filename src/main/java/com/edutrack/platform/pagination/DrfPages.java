package com.edutrack.platform.pagination;

import java.net.URI;

import com.edutrack.platform.request.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

/** Writes a {@link Page} as DRF's wrapper: count/next/previous/results, or count/results with all=true. */
@RequestScoped
public class DrfPages {
    @Inject
    RequestContext context;

    public <T> DrfPage<T> body(Page<T> page) {
        if (!page.request().all() && page.request().page() > 1 && page.request().offset() >= page.total()) {
            throw PageRequest.invalidPage();
        }
        if (page.request().all()) {
            return new DrfPage<>(page.total(), null, null, page.items(), true);
        }
        return new DrfPage<>(page.total(), page.hasNext() ? link(page.request().page() + 1) : null,
                page.request().page() > 1 ? link(page.request().page() - 1) : null, page.items(), false);
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
