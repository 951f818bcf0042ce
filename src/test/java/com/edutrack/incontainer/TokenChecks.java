package com.edutrack.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.security.AccessTokens;
import com.edutrack.platform.security.JwtKeys;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Keys and tokens at the bean level: rotation through the key directory while the application runs
 * (the newest key signs, older tokens verify, a removed key's tokens do not, a key file that does
 * not load changes nothing), the JWK Set following the keys; and MicroProfile JWT injection as a
 * real request (through each token location) sees it.
 */
@ApplicationScoped
public class TokenChecks {
    @Inject
    JwtKeys keys;
    @Inject
    AccessTokens tokens;
    @Inject
    AppConfig config;

    void rotationThroughTheKeyDirectory() throws Exception {
        Path dir = config.jwtKeyDir().orElseThrow();
        String before = issue();
        String signingBefore = keys.current().signing().kid();
        Path next = dir.resolve("2999-12-31-in-container.pem");
        Path broken = dir.resolve("3000-01-01-broken.pem");
        try {
            Files.writeString(next, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                    KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            await(() -> !keys.current().signing().kid().equals(signingBefore));
            String nextKid = keys.current().signing().kid();
            assertTrue(keys.current().jwksJson().contains(nextKid), "the new key is published");
            String after = issue();
            assertTrue(tokens.verify(before).isPresent(), "a token of the older key stays valid");
            assertTrue(tokens.verify(after).isPresent());

            Files.writeString(broken, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
            Thread.sleep(2500);
            assertEquals(nextKid, keys.current().signing().kid(), "a key file that does not load changes nothing");
            assertTrue(tokens.verify(after).isPresent());
            Files.delete(broken);

            Files.delete(next);
            await(() -> keys.current().find(nextKid).isEmpty());
            assertFalse(tokens.verify(after).isPresent(), "a removed key's tokens are refused");
            assertTrue(tokens.verify(before).isPresent());
            assertFalse(keys.current().jwksJson().contains(nextKid));
            assertEquals(signingBefore, keys.current().signing().kid());
        } finally {
            Files.deleteIfExists(next);
            Files.deleteIfExists(broken);
        }
    }

    /** Client side: signs in over HTTP and reads {@link TokenProbeResource} with the token in each place. */
    static void injectionOverHttp(URL base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/accounts/login/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"owner\",\"password\":\"owner-pass-123\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String token = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("access_token="))
                .map(c -> c.substring("access_token=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        URI probe = base.toURI().resolve("it-probe/token");
        for (HttpRequest.Builder request : new HttpRequest.Builder[] {
                HttpRequest.newBuilder(probe).header("Authorization", "Bearer " + token),
                HttpRequest.newBuilder(probe).header("Cookie", "access_token=" + token),
                HttpRequest.newBuilder(probe).header("tutorhub-access-token", token)}) {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
            assertEquals("owner", body.getString("name"));
            assertEquals("owner", body.getString("upn"));
            assertEquals("owner", body.getString("long_lived_upn"));
            assertEquals(token, body.getString("raw"));
            assertEquals("edutrack", body.getString("issuer"));
            assertEquals("siteowner", body.getJsonArray("groups").getString(0));
            assertEquals(body.getJsonNumber("uid").longValue(), body.getJsonNumber("uid_json").longValue());
            assertTrue(body.getBoolean("exp_matches"));
        }
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "the probe route keeps the fail-closed authorization");
    }

    private String issue() {
        return tokens.issue(1, UUID.randomUUID(), "probe", Role.STUDENT, "s");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "the key directory change was not picked up");
            Thread.sleep(100);
        }
    }
}
