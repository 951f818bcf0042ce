package com.edutrack.platform.security;

import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the request in flight, filled by {@link Authenticator}; anonymous when not signed in. */
@RequestScoped
public class CurrentUser {
    private Principal principal;
    private String accessToken;
    private boolean viaCookie;
    private JsonWebToken token = CallerToken.ANONYMOUS;

    void signIn(Principal principal, String accessToken, boolean viaCookie, JsonWebToken token) {
        this.principal = principal;
        this.accessToken = accessToken;
        this.viaCookie = viaCookie;
        this.token = token;
    }

    public boolean isSignedIn() {
        return principal != null;
    }

    /** The signed-in caller; 401 for an anonymous request. */
    public Principal require() {
        if (principal == null) {
            throw ApiException.unauthenticated();
        }
        return principal;
    }

    public Principal principalOrNull() {
        return principal;
    }

    public boolean is(Role role) {
        return principal != null && principal.role() == role;
    }

    public long id() {
        return require().userId();
    }

    public UUID uuid() {
        return require().uuid();
    }

    public Role role() {
        return require().role();
    }

    public String accessToken() {
        return accessToken;
    }

    /**
     * The caller's verified token as MicroProfile JWT (also injectable as {@code JsonWebToken});
     * an empty token without claims when the request is anonymous.
     */
    public JsonWebToken token() {
        return token;
    }

    /** Whether the credentials came from a cookie (and so need the CSRF origin check on writes). */
    public boolean viaCookie() {
        return viaCookie;
    }
}
