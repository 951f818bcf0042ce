package com.edutrack.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Authenticator;
import com.edutrack.platform.security.ClientAddress;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.OriginCheck;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Public;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Sign-in and session routes of {@code platform.md} section 1. Tokens travel in HttpOnly cookies. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class AuthResource {
    @Inject
    SessionService sessions;
    @Inject
    CurrentUser currentUser;
    @Inject
    ClientAddress clientAddress;
    @Inject
    OriginCheck originCheck;
    @Inject
    AppConfig config;
    @Context
    HttpServletRequest servletRequest;

    @POST
    @Path("/login")
    @Public
    public Response login(FormBody body) {
        SessionService.Session session = sessions.login(body.string("username"), body.string("password"), clientAddress.of(servletRequest));
        return withCookies(session);
    }

    @POST
    @Path("/token/refresh")
    @Public
    public Response refresh(@CookieParam(Authenticator.REFRESH_COOKIE) String refreshToken,
                            @HeaderParam("Origin") String origin, @HeaderParam("Referer") String referer) {
        if (refreshToken != null) {
            originCheck.requireTrustedOrigin(origin, referer);
        }
        return withCookies(sessions.refresh(refreshToken));
    }

    @POST
    @Path("/logout")
    @Public
    public Response logout(@CookieParam(Authenticator.REFRESH_COOKIE) String refreshToken,
                           @HeaderParam("Origin") String origin, @HeaderParam("Referer") String referer) {
        if (refreshToken != null) {
            originCheck.requireTrustedOrigin(origin, referer);
            sessions.logout(refreshToken);
        }
        return Response.ok(Map.of("message", "Successfully logged out"))
                .cookie(expired(Authenticator.ACCESS_COOKIE), expired(Authenticator.REFRESH_COOKIE)).build();
    }

    @POST
    @Path("/change-password")
    @Allow
    public Map<String, String> changePassword(FormBody body) {
        sessions.changePassword(currentUser.id(), body.string("old_password"), body.string("new_password"));
        return Map.of("message", "Password changed successfully");
    }

    @GET
    @Path("/me")
    @Allow
    public Map<String, Object> me() {
        Principal p = currentUser.require();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", p.userId());
        me.put("uuid", p.uuid().toString());
        me.put("username", p.username());
        me.put("role", p.role().code());
        me.put("name", p.name());
        me.put("is_active", true);
        return me;
    }

    private Response withCookies(SessionService.Session session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", session.role());
        body.put("name", session.name());
        body.put("is_active", session.isActive());
        return Response.ok(body)
                .cookie(cookie(Authenticator.ACCESS_COOKIE, session.accessToken(), config.accessTokenMinutes() * 60),
                        cookie(Authenticator.REFRESH_COOKIE, session.refreshToken(), config.refreshTokenDays() * 24 * 3600))
                .build();
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(config.cookieSecure()).sameSite(NewCookie.SameSite.LAX).build();
    }

    private NewCookie expired(String name) {
        return cookie(name, "", 0);
    }
}
