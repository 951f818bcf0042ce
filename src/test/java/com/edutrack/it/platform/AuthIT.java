package com.edutrack.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class AuthIT {

    @Test
    void loginSetsHttpOnlyCookiesAndAnswersRoleNameActive() {
        Account teacher = Fixtures.teacher();
        Response r = Api.login(teacher.username(), teacher.password());
        r.then().body("role", equalTo("teacher")).body("is_active", equalTo(true)).body("name", notNullValue());
        String setCookie = String.join("\n", r.headers().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("access_token="), setCookie);
        assertTrue(setCookie.contains("refresh_token="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
    }

    @Test
    void loginErrors() {
        Api.anonymous().body(Map.of("username", "x")).post("/api/accounts/login/")
                .then().statusCode(400).body("error", equalTo("Username and password are required."));
        Account student = Fixtures.student();
        Api.anonymous().body(Map.of("username", student.username(), "password", "wrong-password"))
                .post("/api/accounts/login/").then().statusCode(401).body("error", equalTo("No active account found with the given credentials"));
        Api.anonymous().body(Map.of("username", "nobody-" + System.nanoTime(), "password", "whatever-123"))
                .post("/api/accounts/login/").then().statusCode(401).body("error", equalTo("No active account found with the given credentials"));
        Fixtures.deactivate(student);
        Api.anonymous().body(Map.of("username", student.username(), "password", student.password()))
                .post("/api/accounts/login/").then().statusCode(401).body("error", equalTo("Your account is inactive. Please contact an administrator."));
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        Fixtures.deactivate(teacher);
        Api.anonymous().body(Map.of("username", assistant.username(), "password", assistant.password()))
                .post("/api/accounts/login/").then().statusCode(401)
                .body("error", equalTo("Your assigned teacher's account is inactive. Please contact your teacher."));
    }

    @Test
    void meAndEveryTokenLocation() {
        Account student = Fixtures.student();
        String token = Api.token(student);
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/accounts/me/").then().statusCode(200)
                .body("username", equalTo(student.username())).body("role", equalTo("student"))
                .body("uuid", equalTo(student.uuid().toString())).body("id", equalTo((int) student.userId()));
        Api.anonymous().cookie("access_token", token).get("/api/accounts/me").then().statusCode(200);
        Api.anonymous().header("tutorhub-access-token", token).get("/api/accounts/me").then().statusCode(200);
        Api.anonymous().cookie("tutorhub-access-token", token).get("/api/accounts/me").then().statusCode(200);
        // the query parameter is a tutoring-service location only
        Api.anonymous().queryParam("access_token", token).get("/currentuser").then().statusCode(200)
                .body("userId", equalTo(student.uuid().toString()));
        Api.anonymous().queryParam("access_token", token).get("/api/accounts/me").then().statusCode(401)
                .body("detail", equalTo("Authentication credentials were not provided."));
        Api.anonymous().get("/api/accounts/me").then().statusCode(401)
                .body("detail", equalTo("Authentication credentials were not provided."));
    }

    @Test
    void forgedExpiredAndUnsignedTokensAreRejected() throws Exception {
        Account student = Fixtures.student();
        String good = Api.token(student);
        String tampered = good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
        String expired = sign(student, Instant.now().minusSeconds(60), "edutrack");
        String foreignIssuer = sign(student, Instant.now().plusSeconds(600), "someone-else");
        String[] parts = good.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + parts[1] + ".";
        for (String bad : List.of(tampered, expired, foreignIssuer, none, "not-a-token")) {
            Api.anonymous().header("Authorization", "Bearer " + bad).get("/api/accounts/me").then().statusCode(401);
            Api.anonymous().header("Authorization", "Bearer " + bad).get("/currentuser").then().statusCode(401)
                    .body("status", equalTo("ERR")).body("message", equalTo("No login found"));
        }
        // a valid signature with live claims works: the forging helper itself is right
        Api.anonymous().header("Authorization", "Bearer " + sign(student, Instant.now().plusSeconds(600), "edutrack"))
                .get("/api/accounts/me").then().statusCode(200);
    }

    @Test
    void deactivationStopsExistingTokensAtOnce() {
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        Api.as(assistant).get("/api/accounts/me").then().statusCode(200);
        Api.as(teacher).get("/api/accounts/me").then().statusCode(200);
        Fixtures.deactivate(teacher);
        Api.as(assistant).get("/api/accounts/me").then().statusCode(401)
                .body("detail", equalTo("Your assigned teacher's account is inactive. Please contact your teacher."));
        Api.as(teacher).get("/api/accounts/me").then().statusCode(401)
                .body("detail", equalTo("Your account is inactive. Please contact an administrator."));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheFamily() {
        Account student = Fixtures.student();
        String first = Api.login(student.username(), student.password()).cookie("refresh_token");
        Response rotated = refresh(first);
        rotated.then().statusCode(200).body("role", equalTo("student"));
        String second = rotated.cookie("refresh_token");
        assertNotEquals(first, second);
        // presenting the used token again: refused, and the whole family is revoked
        refresh(first).then().statusCode(401).body("error", equalTo("Invalid or expired refresh token"));
        refresh(second).then().statusCode(401).body("error", equalTo("Invalid or expired refresh token"));
        refresh("made-up").then().statusCode(401).body("error", equalTo("Invalid or expired refresh token"));
    }

    @Test
    void logoutRevokesAndClearsCookies() {
        Account student = Fixtures.student();
        String refresh = Api.login(student.username(), student.password()).cookie("refresh_token");
        Response out = Api.anonymous().header("Origin", "http://localhost:3000").cookie("refresh_token", refresh).post("/api/accounts/logout/");
        out.then().statusCode(200).body("message", equalTo("Successfully logged out"));
        String cleared = String.join("\n", out.headers().getValues("Set-Cookie"));
        assertTrue(cleared.contains("access_token=;") || cleared.contains("access_token=\"\""), cleared);
        assertTrue(cleared.contains("Max-Age=0"), cleared);
        refresh(refresh).then().statusCode(401);
    }

    @Test
    void changePasswordValidatesAndRevokesRefreshTokens() {
        Account teacher = Fixtures.teacher();
        String refresh = Api.login(teacher.username(), teacher.password()).cookie("refresh_token");
        Api.as(teacher).body(Map.of("old_password", "wrong-one-1", "new_password", "another-pass-1"))
                .post("/api/accounts/change-password/").then().statusCode(400).body("old_password[0]", equalTo("Old password is incorrect."));
        Api.as(teacher).body(Map.of("old_password", teacher.password(), "new_password", "12345678901"))
                .post("/api/accounts/change-password/").then().statusCode(400).body("new_password[0]", equalTo("This password is entirely numeric."));
        Api.as(teacher).body(Map.of("old_password", teacher.password(), "new_password", "short"))
                .post("/api/accounts/change-password/").then().statusCode(400)
                .body("new_password[0]", equalTo("This password is too short. It must contain at least 8 characters."));
        Api.as(teacher).body(Map.of("old_password", teacher.password(), "new_password", teacher.username()))
                .post("/api/accounts/change-password/").then().statusCode(400);
        Api.as(teacher).body(Map.of("old_password", teacher.password(), "new_password", "brand-new-pass-1"))
                .post("/api/accounts/change-password/").then().statusCode(200).body("message", equalTo("Password changed successfully"));
        refresh(refresh).then().statusCode(401);
        Api.login(teacher.username(), "brand-new-pass-1");
        assertEquals(0, Db.count("select count(*) from refresh_tokens t join users u on u.id = t.user_id where u.username = ? and t.revoked_at is null and t.created_at < now() - interval '1 hour'", teacher.username()));
    }

    static Response refresh(String refreshToken) {
        return Api.anonymous().header("Origin", "http://localhost:3000").cookie("refresh_token", refreshToken).post("/api/accounts/token/refresh/");
    }

    static String sign(Account account, Instant expires, String issuer) throws Exception {
        String pem = TestEnv.jwtPrivateKeyPem().replaceAll("-----[A-Z ]+-----", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(account.uuid().toString());
        claims.setClaim("uid", account.userId());
        claims.setClaim("sid", "forged");
        claims.setStringListClaim("groups", List.of(account.role()));
        claims.setClaim("iat", Instant.now().getEpochSecond() - 120);
        claims.setClaim("exp", expires.getEpochSecond());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
