package com.edutrack.platform.storage;

import java.net.URI;

import com.edutrack.platform.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Turns stored media keys into absolute URLs on the host the client called. */
@RequestScoped
public class MediaUrls {
    public static final String PREFIX = "/media/";

    @Inject
    RequestContext context;

    public String url(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        URI uri = context.originalUri();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + port + PREFIX + key;
    }
}
