package com.edutrack.platform.security;

import com.edutrack.platform.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for rate limits: the peer address, or the first X-Forwarded-For entry when
 * the peer is a configured trusted proxy (EDUTRACK_TRUSTED_PROXIES).
 */
@ApplicationScoped
public class ClientAddress {
    @Inject
    AppConfig config;

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && config.trustedProxies().contains(peer)) {
            return forwarded.split(",")[0].trim();
        }
        return peer;
    }
}
