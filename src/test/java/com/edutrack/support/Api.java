package com.edutrack.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** HTTP clients for the test server: anonymous, or signed in as an account with a Bearer token. */
public final class Api {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /**
     * Each anonymous client comes from a random documentation address (the test server trusts
     * X-Forwarded-For from loopback), so failed logins of one test never throttle another.
     */
    public static RequestSpecification anonymous() {
        return from("198.51.100." + (1 + (int) (Math.random() * 250)));
    }

    /** A client from a given address, for the per-address rate limit. */
    public static RequestSpecification from(String address) {
        return given().baseUri(TestEnv.baseUrl()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("X-Forwarded-For", address).filter(ContractValidation.INSTANCE);
    }

    /** Signs in over HTTP once per account and sends the access token as a Bearer header. */
    public static RequestSpecification as(Fixtures.Account account) {
        return anonymous().header("Authorization", "Bearer " + token(account));
    }

    public static String token(Fixtures.Account account) {
        return TOKENS.computeIfAbsent(account.username(), u -> login(account.username(), account.password()).cookie("access_token"));
    }

    public static Response login(String username, String password) {
        Response r = anonymous().body(Map.of("username", username, "password", password)).post("/api/accounts/login/");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + r.asString());
        }
        return r;
    }
}
