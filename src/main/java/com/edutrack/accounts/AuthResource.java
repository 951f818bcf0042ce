package com.edutrack.accounts;

import com.edutrack.accounts.AuthForms.ChangePasswordForm;
import com.edutrack.accounts.AuthForms.LoginForm;
import com.edutrack.accounts.AuthViews.Confirmation;
import com.edutrack.accounts.AuthViews.CurrentAccount;
import com.edutrack.accounts.AuthViews.SignedIn;
import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Authenticator;
import com.edutrack.platform.security.ClientAddress;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.OriginCheck;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Sign-in and session routes (platform.md section 1). Tokens travel in HttpOnly cookies, so the
 * routes that set them answer a {@link Response}; its body is the documented record.
 */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class AuthResource {
    private static final String REFRESH_COOKIE = "The refresh_token cookie set at login (rotated by each refresh).";

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
    @Operation(description = "Signs in and sets the access_token (30 minutes) and refresh_token (7 days) HttpOnly cookies. "
            + "Missing credentials: 400 {\"error\": \"Username and password are required.\"}. Failures count against the username "
            + "and the client address (10 in 15 minutes by default, then 429).")
    @APIResponse(responseCode = "200", description = "Signed in; the tokens are in the Set-Cookie headers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "401", description = "Wrong credentials, an inactive account, or an assistant whose teacher is "
            + "inactive ({\"error\": ...}).")
    @APIResponse(responseCode = "429", description = "Too many failed logins for this username or client address.")
    public Response login(LoginForm form) {
        SessionService.Session session = sessions.login(form.username().value(), form.password().value(), clientAddress.of(servletRequest));
        return withCookies(session);
    }

    @POST
    @Path("/token/refresh")
    @Public
    @Operation(description = "Rotates the refresh token (no body) and sets a new cookie pair. Presenting a used refresh token again "
            + "ends every session of that login.")
    @APIResponse(responseCode = "200", description = "A new session; the tokens are in the Set-Cookie headers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "401", description = "No, an unknown, used or expired refresh token, or a blocked account "
            + "({\"error\": ...}).")
    public Response refresh(@CookieParam(Authenticator.REFRESH_COOKIE) @Parameter(description = REFRESH_COOKIE) String refreshToken,
                            @HeaderParam("Origin") String origin, @HeaderParam("Referer") String referer) {
        if (refreshToken != null) {
            originCheck.requireTrustedOrigin(origin, referer);
        }
        return withCookies(sessions.refresh(refreshToken));
    }

    @POST
    @Path("/logout")
    @Public
    @Operation(description = "Ends the refresh token's session (if any) and clears both cookies.")
    @APIResponse(responseCode = "200", description = "Signed out; the Set-Cookie headers expire both cookies.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Confirmation.class)))
    public Response logout(@CookieParam(Authenticator.REFRESH_COOKIE) @Parameter(description = REFRESH_COOKIE) String refreshToken,
                           @HeaderParam("Origin") String origin, @HeaderParam("Referer") String referer) {
        if (refreshToken != null) {
            originCheck.requireTrustedOrigin(origin, referer);
            sessions.logout(refreshToken);
        }
        return Response.ok(new Confirmation("Successfully logged out"))
                .cookie(expired(Authenticator.ACCESS_COOKIE), expired(Authenticator.REFRESH_COOKIE)).build();
    }

    @POST
    @Path("/change-password")
    @Allow
    @Operation(description = "Any role. A wrong old password is 400 {\"old_password\": [\"Old password is incorrect.\"]}; "
            + "success ends every refresh session of the account.")
    public Confirmation changePassword(ChangePasswordForm form) {
        sessions.changePassword(currentUser.id(), form);
        return new Confirmation("Password changed successfully");
    }

    @GET
    @Path("/me")
    @Allow
    public CurrentAccount me() {
        return CurrentAccount.of(currentUser.require());
    }

    private Response withCookies(SessionService.Session session) {
        return Response.ok(SignedIn.of(session))
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
