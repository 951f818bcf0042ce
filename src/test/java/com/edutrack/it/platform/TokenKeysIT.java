package com.edutrack.it.platform;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/**
 * The published keys and key rotation, seen from outside: tokens we issue are verified by an
 * independent MicroProfile JWT implementation (SmallRye JWT in this JVM) that knows only our JWK
 * Set URL and issuer, before and after a rotation done by adding and removing a key file while the
 * server runs; tokens of a key outside the set are refused by both.
 */
class TokenKeysIT {
    private static final String JWKS = "/.well-known/jwks.json";

    @Test
    void jwksAndIssuerMetadataArePublicAndCacheable() throws Exception {
        Response jwks = Api.anonymous().header("Authorization", "Bearer not-a-token").get(JWKS);
        jwks.then().statusCode(200).header("Cache-Control", "public, max-age=300");
        List<Map<String, Object>> keys = jwks.jsonPath().getList("keys");
        assertTrue(keys.size() >= 2, "the older key is still published: " + keys);
        for (Map<String, Object> key : keys) {
            assertEquals("RSA", key.get("kty"));
            assertEquals("sig", key.get("use"));
            assertEquals("RS256", key.get("alg"));
            assertTrue(key.containsKey("kid") && key.containsKey("n") && key.containsKey("e"), key.toString());
            for (String secret : List.of("d", "p", "q", "dp", "dq", "qi")) {
                assertFalse(key.containsKey(secret), "no private member " + secret + " in " + key);
            }
        }
        assertTrue(kids().contains(kid(TestEnv.jwtPrivateKeyPem())) && kids().contains(kid(TestEnv.jwtOlderPrivateKeyPem())));
        Api.anonymous().get("/.well-known/openid-configuration").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("issuer", equalTo("edutrack")).body("jwks_uri", endsWith(JWKS))
                .body("id_token_signing_alg_values_supported", hasItem("RS256"));
    }

    @Test
    void anIndependentVerifierAcceptsOurTokensAndBothRefuseForeignKeys() throws Exception {
        Account teacher = Fixtures.teacher();
        String token = Api.login(teacher.username(), teacher.password()).cookie("access_token");
        assertEquals(kid(TestEnv.jwtPrivateKeyPem()), header(token).getKeyIdHeaderValue(), "the newest key signs");
        JsonWebToken jwt = independentVerifier().parse(token);
        assertEquals(teacher.username(), jwt.getName());
        assertEquals(teacher.uuid().toString(), jwt.getSubject());
        assertEquals(java.util.Set.of("teacher"), jwt.getGroups());

        String ofOlderKey = sign(teacher, TestEnv.jwtOlderPrivateKeyPem(), kid(TestEnv.jwtOlderPrivateKeyPem()));
        me(ofOlderKey).then().statusCode(200);
        assertEquals(teacher.username(), independentVerifier().parse(ofOlderKey).getName());

        KeyPair foreign = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String foreignPem = pem(foreign.getPrivate());
        for (String forged : List.of(sign(teacher, foreignPem, kid(foreignPem)), sign(teacher, foreignPem, kid(TestEnv.jwtPrivateKeyPem())))) {
            me(forged).then().statusCode(401);
            assertThrows(ParseException.class, () -> independentVerifier().parse(forged));
        }
    }

    @Test
    void rotationWhileRunningKeepsOldTokensUntilTheirKeyIsRemoved() throws Exception {
        Account student = Fixtures.student();
        String before = Api.login(student.username(), student.password()).cookie("access_token");
        KeyPair next = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String nextPem = pem(next.getPrivate());
        String nextKid = kid(nextPem);
        Path file = TestEnv.jwtKeyDir().resolve("2999-12-31-rotation-test.pem");
        try {
            Path partial = TestEnv.jwtKeyDir().resolve(".rotation-test.tmp");
            Files.writeString(partial, nextPem);
            Files.move(partial, file);
            awaitKids(true, nextKid);
            String after = Api.login(student.username(), student.password()).cookie("access_token");
            assertEquals(nextKid, header(after).getKeyIdHeaderValue(), "the newest key signs new tokens");
            me(after).then().statusCode(200);
            me(before).then().statusCode(200);
            assertEquals(student.username(), independentVerifier().parse(after).getName());
            assertEquals(student.username(), independentVerifier().parse(before).getName());

            Files.delete(file);
            awaitKids(false, nextKid);
            me(after).then().statusCode(401);
            assertThrows(ParseException.class, () -> independentVerifier().parse(after));
            me(before).then().statusCode(200);
            String again = Api.login(student.username(), student.password()).cookie("access_token");
            assertNotEquals(nextKid, header(again).getKeyIdHeaderValue());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** SmallRye JWT configured only with our JWK Set URL and issuer; a new one each time, so it reads the set anew. */
    private static DefaultJWTParser independentVerifier() {
        return new DefaultJWTParser(new JWTAuthContextInfo(TestEnv.baseUrl() + JWKS, "edutrack"));
    }

    private static Response me(String token) {
        return Api.anonymous().header("Authorization", "Bearer " + token).get("/api/accounts/me/");
    }

    private static List<String> kids() {
        return Api.anonymous().get(JWKS).jsonPath().getList("keys.kid");
    }

    private static void awaitKids(boolean present, String kid) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (kids().contains(kid) != present) {
            assertTrue(System.currentTimeMillis() < deadline, "the server did not " + (present ? "load" : "drop") + " key " + kid);
            Thread.sleep(200);
        }
    }

    private static JsonWebSignature header(String token) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        return jws;
    }

    static PrivateKey privateKey(String pem) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return java.security.KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der));
    }

    static String pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    /** The kid the server gives a key: its RFC 7638 thumbprint. */
    static String kid(String privatePem) throws Exception {
        java.security.interfaces.RSAPrivateCrtKey crt = (java.security.interfaces.RSAPrivateCrtKey) privateKey(privatePem);
        java.security.PublicKey pub = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) pub).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    /** A live token for the account, signed with the given key and naming the given kid. */
    static String sign(Account account, String privatePem, String kid) throws Exception {
        org.jose4j.jwt.JwtClaims claims = new org.jose4j.jwt.JwtClaims();
        claims.setIssuer("edutrack");
        claims.setSubject(account.uuid().toString());
        claims.setClaim("upn", account.username());
        claims.setClaim("uid", account.userId());
        claims.setClaim("sid", "forged");
        claims.setStringListClaim("groups", List.of(account.role()));
        claims.setClaim("iat", Instant.now().getEpochSecond() - 60);
        claims.setClaim("exp", Instant.now().getEpochSecond() + 600);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey(privatePem));
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue("RS256");
        return jws.getCompactSerialization();
    }
}
