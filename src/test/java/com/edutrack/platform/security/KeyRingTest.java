package com.edutrack.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Set;

import com.edutrack.platform.config.ConfigurationException;
import jakarta.json.JsonNumber;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key sets, key ids and the MicroProfile JWT view of claims, without a server. */
class KeyRingTest {
    @TempDir
    Path dir;

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static String privatePem(KeyPair k) {
        return KeyRing.pem("PRIVATE KEY", k.getPrivate().getEncoded());
    }

    private static String publicPem(KeyPair k) {
        return KeyRing.pem("PUBLIC KEY", k.getPublic().getEncoded());
    }

    @Test
    void theNewestPrivateKeySignsAndEveryKeyIsPublished() throws Exception {
        KeyPair old = rsa();
        KeyPair current = rsa();
        KeyPair announced = rsa();
        Files.writeString(dir.resolve("2024-01.pem"), privatePem(old));
        Files.writeString(dir.resolve("2025-01.pem"), privatePem(current));
        Files.writeString(dir.resolve("2026-01.pem"), publicPem(announced)); // published before it signs
        Files.writeString(dir.resolve(".2027-01.pem"), "half written");
        Files.writeString(dir.resolve("notes.txt"), "not a key");
        KeyRing ring = KeyRing.ofDirectory(dir);
        assertEquals(3, ring.keys().size());
        assertEquals(KeyRing.thumbprint((java.security.interfaces.RSAPublicKey) current.getPublic()), ring.signing().kid());
        assertEquals(ring.keys().get(1), ring.signing());
        String jwks = ring.jwksJson();
        for (KeyRing.Key k : ring.keys()) {
            assertTrue(jwks.contains(k.kid()), jwks);
            assertTrue(ring.find(k.kid()).isPresent());
        }
        assertFalse(jwks.contains("\"d\""), "no private member in " + jwks);
        assertTrue(ring.find("unknown").isEmpty());
    }

    @Test
    void aKeyKeepsItsIdWhereverItIsConfigured() throws Exception {
        KeyPair k = rsa();
        Files.writeString(dir.resolve("a.pem"), privatePem(k));
        assertEquals(KeyRing.ofPair(privatePem(k), publicPem(k)).signing().kid(), KeyRing.ofDirectory(dir).signing().kid());
    }

    @Test
    void badKeySetsAreRefusedWithTheirReason() throws Exception {
        assertTrue(assertThrows(ConfigurationException.class, () -> KeyRing.ofDirectory(dir)).getMessage().contains("no *.pem"));
        Files.writeString(dir.resolve("only-public.pem"), publicPem(rsa()));
        assertTrue(assertThrows(ConfigurationException.class, () -> KeyRing.ofDirectory(dir)).getMessage().contains("private part"));
        Files.writeString(dir.resolve("z.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertTrue(assertThrows(ConfigurationException.class, () -> KeyRing.ofDirectory(dir)).getMessage().contains("z.pem"));
        KeyPair a = rsa();
        KeyPair b = rsa();
        assertTrue(assertThrows(ConfigurationException.class, () -> KeyRing.ofPair(privatePem(a), publicPem(b))).getMessage()
                .contains("does not belong"));
    }

    @Test
    void claimsFollowTheMicroProfileTypes() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("edutrack");
        claims.setSubject("s-1");
        claims.setClaim("upn", "ada");
        claims.setStringListClaim("groups", List.of("teacher"));
        claims.setAudience("school");
        claims.setClaim("exp", 2_000_000_000L);
        claims.setClaim("uid", 42);
        CallerToken token = new CallerToken("raw.token.value", claims);
        assertEquals("ada", token.getName());
        assertEquals(Set.of("teacher"), token.getGroups());
        assertEquals(Set.of("school"), token.getAudience());
        assertEquals(2_000_000_000L, token.getExpirationTime());
        assertEquals("raw.token.value", token.getRawToken());
        assertEquals(42L, ((JsonNumber) token.getClaim("uid")).longValue());
        assertEquals(42L, ClaimTypes.convert(token.getClaim("uid"), Long.class));
        assertTrue(token.getClaimNames().containsAll(Set.of("iss", "sub", "upn", "groups", "raw_token")));
        assertNull(CallerToken.ANONYMOUS.getName());
        assertTrue(CallerToken.ANONYMOUS.getClaimNames().isEmpty());
    }
}
