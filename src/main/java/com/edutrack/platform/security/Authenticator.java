package com.edutrack.platform.security;

import java.util.Map;
import java.util.Optional;

import com.edutrack.platform.request.ApiStyle;
import com.edutrack.platform.request.RequestContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Finds the caller's access token in the places the contracts list, in their order, and signs the
 * caller in when the token verifies and the account is usable. A missing, invalid or expired
 * token leaves the request anonymous: public routes still work (a stale cookie must not block the
 * login page) and protected ones answer 401. Every location goes through the one check of
 * {@link AccessTokens#verify}; Liberty's own mpJwt runtime is deliberately not used (README, "Tokens
 * and keys"): it reads two of the five places and would answer invalid tokens itself.
 */
@Provider
@PreMatching
@Priority(200)
public class Authenticator implements ContainerRequestFilter {
    public static final String ACCESS_COOKIE = "access_token";
    public static final String REFRESH_COOKIE = "refresh_token";
    public static final String TUTORHUB_TOKEN = "tutorhub-access-token";

    @Inject
    CurrentUser currentUser;
    @Inject
    RequestContext context;
    @Inject
    AccessTokens tokens;
    @Inject
    PrincipalSource principals;
    @Inject
    BlockedCaller blocked;

    @Override
    public void filter(ContainerRequestContext request) {
        locate(request).ifPresent(found -> tokens.verify(found.token()).ifPresent(claims -> {
            PrincipalSource.Lookup lookup = principals.load(claims.userId(), claims.sessionId());
            if (lookup.principal() != null && lookup.principal().uuid().equals(claims.uuid())) {
                currentUser.signIn(lookup.principal(), found.token(), found.cookie(), claims.jwt());
            } else if (lookup.blockedReason() != null) {
                blocked.block(lookup.blockedReason());
            }
        }));
    }

    private record Found(String token, boolean cookie) {
    }

    private Optional<Found> locate(ContainerRequestContext request) {
        if (context.style() == ApiStyle.TUTORING) {
            String query = request.getUriInfo().getQueryParameters().getFirst("access_token");
            if (present(query)) {
                return Optional.of(new Found(query, false));
            }
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && present(authorization.substring(7))) {
            return Optional.of(new Found(authorization.substring(7).trim(), false));
        }
        Map<String, Cookie> cookies = request.getCookies();
        if (cookies.containsKey(ACCESS_COOKIE) && present(cookies.get(ACCESS_COOKIE).getValue())) {
            return Optional.of(new Found(cookies.get(ACCESS_COOKIE).getValue(), true));
        }
        String header = request.getHeaderString(TUTORHUB_TOKEN);
        if (present(header)) {
            return Optional.of(new Found(header.trim(), false));
        }
        if (cookies.containsKey(TUTORHUB_TOKEN) && present(cookies.get(TUTORHUB_TOKEN).getValue())) {
            return Optional.of(new Found(cookies.get(TUTORHUB_TOKEN).getValue(), true));
        }
        return Optional.empty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
