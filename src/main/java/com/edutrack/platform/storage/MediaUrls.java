package com.edutrack.platform.storage;

import java.net.URI;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.request.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Turns stored image keys into absolute URLs: under {@code EDUTRACK_MEDIA_PUBLIC_URL} when one is
 * configured (a CDN or the bucket's public endpoint), else on the host the client called.
 */
@RequestScoped
public class MediaUrls {
    public static final String PREFIX = "/media/";

    @Inject
    RequestContext context;
    @Inject
    AppConfig config;

    public String url(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        var base = config.mediaPublicUrl();
        if (base.isPresent()) {
            return base.get() + "/" + key;
        }
        URI uri = context.originalUri();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + port + PREFIX + key;
    }
}
