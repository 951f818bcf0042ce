package com.edutrack.platform.security;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents of {@code /.well-known}: RFC 7517's JWK Set and OpenID Connect discovery metadata. */
public final class WellKnown {
    private WellKnown() {
    }

    @Schema(name = "JsonWebKeySet", description = "The public keys that verify our tokens (RFC 7517).")
    public record JwkSet(@JsonbProperty("keys") List<Jwk> keys) {
    }

    @Schema(name = "JsonWebKey", description = "One RSA public key (RFC 7517/7518); kid is its RFC 7638 thumbprint.")
    public record Jwk(@JsonbProperty("kty") @Schema(enumeration = "RSA") String kty,
                      @JsonbProperty("kid") String kid,
                      @JsonbProperty("use") @Schema(enumeration = "sig") String use,
                      @JsonbProperty("alg") @Schema(enumeration = "RS256") String alg,
                      @JsonbProperty("n") @Schema(description = "Modulus, base64url") String n,
                      @JsonbProperty("e") @Schema(description = "Public exponent, base64url") String e) {
    }

    @Schema(name = "OpenIdConfiguration", description = "Issuer metadata: where our public keys are and what signs tokens.")
    public record OpenIdConfiguration(@JsonbProperty("issuer") String issuer,
                                      @JsonbProperty("jwks_uri") @Schema(format = "uri") String jwksUri,
                                      @JsonbProperty("id_token_signing_alg_values_supported") List<String> idTokenSigningAlgValuesSupported,
                                      @JsonbProperty("token_endpoint_auth_signing_alg_values_supported")
                                      List<String> tokenEndpointAuthSigningAlgValuesSupported,
                                      @JsonbProperty("claims_supported") List<String> claimsSupported) {
    }
}
