package com.edutrack.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import org.junit.jupiter.api.Test;

/** CSRF origin check on cookie-authenticated writes, CORS, and the login rate limit. */
class BrowserSecurityIT {

    @Test
    void cookieAuthenticatedWritesNeedATrustedOrigin() {
        Account teacher = Fixtures.teacher();
        String token = Api.token(teacher);
        Map<String, String> body = Map.of("old_password", "wrong-but-irrelevant", "new_password", "new-pass-123");
        Api.anonymous().cookie("access_token", token).body(body).post("/api/accounts/change-password/")
                .then().statusCode(403).body("detail", equalTo("CSRF Failed: Origin checking failed - null does not match any trusted origins."));
        Api.anonymous().cookie("access_token", token).header("Origin", "https://evil.example").body(body).post("/api/accounts/change-password/")
                .then().statusCode(403).body("detail", equalTo("CSRF Failed: Origin checking failed - https://evil.example does not match any trusted origins."));
        // trusted Origin, or a Referer from a trusted origin: the request proceeds (and fails on its own merits)
        Api.anonymous().cookie("access_token", token).header("Origin", "http://localhost:3000").body(body).post("/api/accounts/change-password/")
                .then().statusCode(400).body("old_password[0]", equalTo("Old password is incorrect."));
        Api.anonymous().cookie("access_token", token).header("Referer", "https://app.edutrack.test/settings").body(body).post("/api/accounts/change-password/")
                .then().statusCode(400);
        // header-authenticated requests are exempt; reads are exempt
        Api.anonymous().header("Authorization", "Bearer " + token).body(body).post("/api/accounts/change-password/").then().statusCode(400);
        Api.anonymous().cookie("access_token", token).get("/api/accounts/me/").then().statusCode(200);
        // the refresh cookie is a credential too
        String refresh = Api.login(teacher.username(), teacher.password()).cookie("refresh_token");
        Api.anonymous().cookie("refresh_token", refresh).post("/api/accounts/token/refresh/").then().statusCode(403);
    }

    @Test
    void corsPreflightAllowsOnlyTrustedOrigins() {
        Api.anonymous().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/api/accounts/login/")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", "true").header("Access-Control-Allow-Methods", startsWith("GET"));
        Api.anonymous().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/accounts/login/").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        Api.anonymous().header("Origin", "http://localhost:3000").get("/api/structure/grades/")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void loginFailuresAreThrottledPerUsernameAndPerAddress() {
        Account victim = Fixtures.student();
        for (int i = 0; i < 10; i++) {
            Api.from("203.0.113." + (i + 1)).body(Map.of("username", victim.username(), "password", "wrong-" + i))
                    .post("/api/accounts/login/").then().statusCode(401);
        }
        // the right password does not help once the username is locked
        Api.from("203.0.113.99").body(Map.of("username", victim.username(), "password", victim.password()))
                .post("/api/accounts/login/").then().statusCode(429)
                .body("detail", org.hamcrest.Matchers.matchesPattern("Request was throttled\\. Expected available in \\d+ seconds\\."));

        String address = "192.0.2." + (int) (1 + Math.random() * 250);
        for (int i = 0; i < 10; i++) {
            Api.from(address).body(Map.of("username", Fixtures.unique("ghost"), "password", "wrong-pass"))
                    .post("/api/accounts/login/").then().statusCode(401);
        }
        Account other = Fixtures.student();
        Api.from(address).body(Map.of("username", other.username(), "password", other.password()))
                .post("/api/accounts/login/").then().statusCode(429);
        // another address is not affected
        Api.anonymous().body(Map.of("username", other.username(), "password", other.password())).post("/api/accounts/login/").then().statusCode(200);
    }
}
