package com.edutrack.platform.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * What another service needs to verify our tokens: the public keys as a JWK Set, and issuer
 * metadata pointing at it. A MicroProfile JWT runtime needs only
 * {@code mp.jwt.verify.publickey.location=<base>/.well-known/jwks.json} and
 * {@code mp.jwt.verify.issuer=edutrack}. Cacheable for five minutes: a new key is published (as a
 * public-only key file) at least that long before it signs, see the README.
 */
@Path("/.well-known")
@Public
public class WellKnownResource {
    static final int MAX_AGE_SECONDS = 300;

    @Inject
    JwtKeys keys;
    @Context
    UriInfo uri;

    @GET
    @Path("jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The JWK Set (written by jose4j, in this shape)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WellKnown.JwkSet.class)))
    public Response jwks() {
        return cacheable(keys.current().jwksJson());
    }

    @GET
    @Path("openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WellKnown.OpenIdConfiguration.class)))
    public Response openidConfiguration() {
        String jwksUri = uri.getBaseUriBuilder().path(".well-known/jwks.json").build().toString();
        List<String> rs256 = List.of(AlgorithmIdentifiers.RSA_USING_SHA256);
        return cacheable(new WellKnown.OpenIdConfiguration(AccessTokens.ISSUER, jwksUri, rs256, rs256,
                List.of("iss", "sub", "aud", "exp", "iat", "upn", "groups")));
    }

    private static Response cacheable(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }
}
