package com.edutrack.it.cluster;

import static com.edutrack.it.cluster.Cluster.a;
import static com.edutrack.it.cluster.Cluster.anonymousOn;
import static com.edutrack.it.cluster.Cluster.b;
import static com.edutrack.it.cluster.Cluster.on;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.edutrack.support.AwaitReady;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers of the same build on one database and one bucket, as behind a load balancer: what
 * one server did is seen by the other at once. Material downloads here use presigned redirects
 * (EDUTRACK_MATERIAL_DOWNLOAD=redirect in this profile).
 */
class ClusterIT {

    @BeforeAll
    static void bothServersReady() throws Exception {
        AwaitReady.await(b() + "/health/ready", TestEnv.serverBDir().resolve("logs/messages.log"));
    }

    @Test
    void anUploadThroughAIsServedByB() throws Exception {
        Account owner = Fixtures.siteOwner();
        Account teacher = Fixtures.teacher();
        String url = on(a(), owner).contentType("multipart/form-data").multiPart("name", "Shared cover")
                .multiPart("teacher", String.valueOf(teacher.profileId())).multiPart("grade", String.valueOf(Fixtures.grade()))
                .multiPart("subject", String.valueOf(Fixtures.subject())).multiPart("cover_picture", "cover.png", Cluster.PNG, "image/png")
                .post("/api/courses/courses/").then().statusCode(201).body("cover_picture", startsWith(a())).extract().path("cover_picture");
        assertArrayEquals(Cluster.PNG, anonymousOn(b()).get(url.substring(url.indexOf("/media/"))).then().statusCode(200)
                .header("Content-Type", "image/png").extract().asByteArray());

        long lecture = Cluster.lecture(Cluster.course(teacher));
        long material = ((Number) on(a(), teacher).contentType("multipart/form-data").multiPart("lecture", String.valueOf(lecture))
                .multiPart("title", "Notes").multiPart("file", "notes.pdf", Cluster.PDF, "application/pdf").post("/api/materials/")
                .then().statusCode(201).extract().path("id")).longValue();
        on(b(), Fixtures.student()).get("/api/materials/" + material + "/download/").then().statusCode(403);
        Response download = on(b(), teacher).config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/api/materials/" + material + "/download/");
        download.then().statusCode(307).header("Cache-Control", containsString("no-store"));
        String signed = download.header("Location");
        assertTrue(signed.startsWith(TestEnv.s3Endpoint() + "/"), signed);
        assertTrue(signed.contains("X-Amz-Expires=60") && signed.contains("X-Amz-Signature="), "a short-lived signed URL: " + signed);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(signed)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(Cluster.PDF, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("notes.pdf"), file.headers().map().toString());
        String unsigned = signed.substring(0, signed.indexOf('?'));
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(unsigned)).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "without the signature the private object is refused");
    }

    @Test
    void aDeactivationOnARefusesTheTokensOnBAtOnce() {
        Account teacher = Fixtures.teacher();
        String username = Fixtures.unique("asst");
        long id = ((Number) on(a(), teacher).body(Map.of("username", username, "password", "assistant-pass-123", "name", "Two Servers",
                "phone", "01112345678", "gmail", username + "@gmail.com", "gender", "female")).post("/api/accounts/teacher/assistants/")
                .then().statusCode(201).extract().path("id")).longValue();
        String token = anonymousOn(b()).body(Map.of("username", username, "password", "assistant-pass-123")).post("/api/accounts/login/")
                .then().statusCode(200).extract().cookie("access_token");
        anonymousOn(b()).header("Authorization", "Bearer " + token).get("/api/accounts/assistant/coworkers/").then().statusCode(200);
        on(a(), teacher).body(Map.of("is_active", false)).patch("/api/accounts/teacher/assistant/" + id + "/").then().statusCode(200);
        anonymousOn(b()).header("Authorization", "Bearer " + token).get("/api/accounts/assistant/coworkers/").then().statusCode(401);
    }

    @Test
    void loginFailuresCountAcrossBothServers() {
        Account student = Fixtures.student();
        for (int i = 0; i < 10; i++) { // 5 on each server: neither saw the limit of 10 by itself
            Response r = anonymousOn(i % 2 == 0 ? a() : b()).body(Map.of("username", student.username(), "password", "wrong-" + i))
                    .post("/api/accounts/login/");
            assertEquals(401, r.statusCode(), "attempt " + i + ": " + r.asString());
        }
        for (String server : List.of(a(), b())) {
            anonymousOn(server).body(Map.of("username", student.username(), "password", student.password())).post("/api/accounts/login/")
                    .then().statusCode(429);
        }
    }

    @Test
    void rechargeCodeGuessesCountAcrossBothServers() {
        Account owner = Fixtures.siteOwner();
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        long course = Cluster.course(teacher);
        Cluster.enroll(student, course, teacher);
        String good = on(a(), owner).body(Map.of("count", 1, "amount", "5")).post("/api/payments/recharge-codes/").then().statusCode(201)
                .extract().path("[0].code");
        for (int i = 0; i < 5; i++) { // 3 on A, 2 on B: the limit is 5
            on(i < 3 ? a() : b(), student).body(Map.of("code", "WRONGCODE" + i, "course", course)).post("/api/payments/recharge-codes/redeem/")
                    .then().statusCode(400);
        }
        for (String server : List.of(a(), b())) {
            on(server, student).body(Map.of("code", good, "course", course)).post("/api/payments/recharge-codes/redeem/")
                    .then().statusCode(429).body("detail", startsWith("Request was throttled."));
        }
    }
}
