package com.edutrack.platform.security;

import java.net.URI;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * CSRF defence for cookie-authenticated writes: the request's Origin (or, failing that, the origin
 * of its Referer) must be one of the trusted origins. Header-authenticated requests do not need it:
 * a browser never attaches those by itself.
 */
@ApplicationScoped
public class OriginCheck {
    @Inject
    AppConfig config;

    public boolean trusted(String origin) {
        return origin != null && config.trustedOrigins().contains(origin);
    }

    public void requireTrustedOrigin(String originHeader, String refererHeader) {
        String origin = originHeader;
        if (origin == null || origin.isBlank()) {
            origin = refererOrigin(refererHeader);
        }
        if (!trusted(origin)) {
            throw ApiException.detail(403, "CSRF Failed: Origin checking failed - " + origin + " does not match any trusted origins.");
        }
    }

    private static String refererOrigin(String referer) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
