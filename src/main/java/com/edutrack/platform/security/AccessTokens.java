package com.edutrack.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Issues and verifies the RS256 access tokens (jose4j). The tokens carry the MicroProfile JWT
 * claims (iss, sub, upn, groups, iat, exp; aud when EDUTRACK_JWT_AUDIENCE is set) and the signing
 * key's {@code kid}, so any MicroProfile JWT runtime verifies them from our JWK Set alone.
 *
 * <p>{@link #verify} is the one check of every token, wherever the request carried it: signature
 * with RS256 only ({@code alg: none}, HMAC and foreign keys fail), the key by its {@code kid} among
 * the configured keys (an unknown or removed kid fails), issuer, audience when configured, expiry
 * (no clock skew). A token without {@code kid} (issued before keys had ids) is tried against every
 * configured key.
 */
@ApplicationScoped
public class AccessTokens {
    public static final String ISSUER = "edutrack";

    @Inject
    JwtKeys keys;
    @Inject
    AppConfig config;

    private volatile Verifier verifier;

    /** What a verified token says about its bearer; {@code jwt} is the whole token as MicroProfile JWT. */
    public record Claims(long userId, UUID uuid, String sessionId, CallerToken jwt) {
    }

    private record Verifier(KeyRing ring, JwtConsumer consumer) {
    }

    public String issue(long userId, UUID uuid, String username, Role role, String sessionId) {
        KeyRing.Key key = keys.current().signing();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        config.jwtAudience().ifPresent(claims::setAudience);
        claims.setSubject(uuid.toString());
        claims.setClaim("upn", username);
        claims.setStringListClaim("groups", List.of(role.code()));
        claims.setClaim("uid", userId);
        claims.setClaim("sid", sessionId);
        long now = Instant.now().getEpochSecond();
        claims.setClaim("iat", now);
        claims.setClaim("exp", now + config.accessTokenMinutes() * 60L);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.kid());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    /** The claims of a valid token; empty for anything forged, expired, unsigned, of an unknown key or malformed. */
    public Optional<Claims> verify(String token) {
        try {
            JwtClaims claims = consumer().processToClaims(token);
            Object uid = claims.getClaimValue("uid");
            long userId = uid instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(uid));
            return Optional.of(new Claims(userId, UUID.fromString(claims.getSubject()), claims.getStringClaimValue("sid"),
                    new CallerToken(token, claims)));
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One consumer per key set: rebuilt only when the keys changed. */
    private JwtConsumer consumer() {
        KeyRing ring = keys.current();
        Verifier v = verifier;
        if (v == null || v.ring() != ring) {
            JwksVerificationKeyResolver resolver = new JwksVerificationKeyResolver(ring.publicJwks());
            resolver.setDisambiguateWithVerifySignature(true);
            JwtConsumerBuilder builder = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(0)
                    .setRequireSubject()
                    .setExpectedIssuer(ISSUER)
                    .setVerificationKeyResolver(resolver)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256);
            config.jwtAudience().ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
            v = new Verifier(ring, builder.build());
            verifier = v;
        }
        return v.consumer();
    }
}
