package com.edutrack.materials;

import com.edutrack.platform.request.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

/** The absolute URL of a material's authorized download route, on the host the client called. */
@RequestScoped
public class MaterialUrls {
    @Inject
    RequestContext context;

    public String download(long id) {
        return UriBuilder.fromUri(context.originalUri()).replacePath("/api/materials/{id}/download/").replaceQuery(null)
                .fragment(null).build(id).toString();
    }
}
