package com.edutrack.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Issues and verifies the RS256 access tokens with jose4j. The tokens carry the MicroProfile JWT
 * claims (iss, sub, upn, groups, iat, exp); they are verified here rather than by the runtime's
 * mpJwt authentication because the contracts read tokens from five places (query, header, two
 * cookies, a custom header) and Liberty's mpJwt reads one. Only RS256 with our key is accepted:
 * {@code alg: none}, HMAC and foreign keys fail.
 */
@ApplicationScoped
public class AccessTokens {
    public static final String ISSUER = "edutrack";

    @Inject
    JwtKeys keys;
    @Inject
    AppConfig config;

    /** What a verified token says about its bearer. */
    public record Claims(long userId, UUID uuid, String sessionId) {
    }

    public String issue(long userId, UUID uuid, String username, Role role, String sessionId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
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
        jws.setKey(keys.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    /** The claims of a valid token; empty for anything forged, expired, unsigned or malformed. */
    public Optional<Claims> verify(String token) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(0)
                .setRequireSubject()
                .setExpectedIssuer(ISSUER)
                .setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Object uid = claims.getClaimValue("uid");
            long userId = uid instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(uid));
            return Optional.of(new Claims(userId, UUID.fromString(claims.getSubject()), claims.getStringClaimValue("sid")));
        } catch (InvalidJwtException | RuntimeException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }
}
