package com.edutrack.platform.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
    public Response jwks() {
        return cacheable(keys.current().jwksJson());
    }

    @GET
    @Path("openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openidConfiguration() {
        String jwksUri = uri.getBaseUriBuilder().path(".well-known/jwks.json").build().toString();
        return cacheable(Json.createObjectBuilder()
                .add("issuer", AccessTokens.ISSUER)
                .add("jwks_uri", jwksUri)
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder(List.of(AlgorithmIdentifiers.RSA_USING_SHA256)))
                .add("token_endpoint_auth_signing_alg_values_supported", Json.createArrayBuilder(List.of(AlgorithmIdentifiers.RSA_USING_SHA256)))
                .add("claims_supported", Json.createArrayBuilder(List.of("iss", "sub", "aud", "exp", "iat", "upn", "groups")))
                .build().toString());
    }

    private static Response cacheable(String json) {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }
}
