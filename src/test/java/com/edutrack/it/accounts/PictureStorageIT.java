package com.edutrack.it.accounts;

import static com.edutrack.it.accounts.AssistantSupport.created;
import static com.edutrack.it.accounts.AssistantSupport.id;
import static com.edutrack.it.accounts.AssistantSupport.one;
import static com.edutrack.it.accounts.AssistantValidationIT.PNG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.edutrack.support.Api;
import com.edutrack.support.Bucket;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.S3Server;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Profile pictures in the S3 bucket: stored there, served from there, private there; a change
 * that rolls back leaves no object behind, and a replaced picture goes once the change committed.
 */
class PictureStorageIT {

    private static String picture(long assistant) {
        return (String) Db.rows("select profile_picture from assistants where id = ?", assistant).get(0).get("profile_picture");
    }

    @Test
    void aPictureLivesInTheBucketWhichIsNotPublic() throws Exception {
        Account teacher = Fixtures.teacher();
        long assistant = id(created(teacher));
        Api.as(teacher).contentType("multipart/form-data").multiPart("profile_picture", "me.png", PNG, "image/png").patch(one(assistant))
                .then().statusCode(200);
        String key = picture(assistant);
        assertTrue(key.matches("assistants/[0-9a-f]{32}\\.png"), key);
        assertArrayEquals(PNG, Bucket.read(key));
        assertEquals("image/png", Bucket.contentType(key));
        assertArrayEquals(PNG, Api.anonymous().get("/media/" + key).then().statusCode(200).extract().asByteArray());
        int anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestEnv.s3Endpoint() + "/" + S3Server.BUCKET + "/" + key)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(403, anonymous, "the bucket itself answers only signed requests");
    }

    @Test
    void aRolledBackChangeLeavesNoObject() throws Exception {
        Account teacher = Fixtures.teacher();
        Map<String, Object> a = created(teacher);
        long assistant = id(a);
        long userId = ((Number) a.get("user_id")).longValue();
        List<String> before = Bucket.keys("assistants/");
        Response r;
        try (Connection tx = Db.connect()) {
            tx.setAutoCommit(false);
            try (PreparedStatement s = tx.prepareStatement("update users set version = version + 1 where id = ?")) {
                s.setLong(1, userId);
                s.executeUpdate();
            }
            CompletableFuture<Response> patch = CompletableFuture.supplyAsync(() -> Api.as(teacher).contentType("multipart/form-data")
                    .multiPart("username", Fixtures.unique("renamed")).multiPart("profile_picture", "me.png", PNG, "image/png").patch(one(assistant)));
            waitForABlockedUpdate();
            tx.commit();
            r = patch.get();
        }
        assertEquals(409, r.statusCode(), r.asString());
        assertNull(picture(assistant));
        assertEquals(before, Bucket.keys("assistants/"), "the picture stored before the failed commit was removed again");
    }

    @Test
    void aReplacedPictureGoesOnceTheChangeCommittedAndLogLinesCarryTheRequestId() throws Exception {
        Account teacher = Fixtures.teacher();
        long assistant = id(created(teacher));
        Api.as(teacher).contentType("multipart/form-data").multiPart("profile_picture", "a.png", PNG, "image/png").patch(one(assistant))
                .then().statusCode(200);
        String first = picture(assistant);
        String requestId = "it-" + UUID.randomUUID();
        Api.as(teacher).header("X-Request-Id", requestId).contentType("multipart/form-data").multiPart("profile_picture", "b.png", PNG, "image/png")
                .patch(one(assistant)).then().statusCode(200).header("X-Request-Id", requestId);
        String second = picture(assistant);
        assertFalse(Bucket.exists(first), "the replaced picture is gone when the response arrives");
        assertTrue(Bucket.exists(second));

        List<Map<String, Object>> lines = consoleLines(requestId);
        assertTrue(lines.stream().anyMatch(l -> l.get("message").equals("Stored " + second + " (" + PNG.length + " bytes)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.get("message").equals("Deleted " + first)), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.get("type").equals("liberty_message")));
    }

    /** The server's console (JSON, one object a line) lines that carry {@code requestId}. */
    static List<Map<String, Object>> consoleLines(String requestId) throws Exception {
        Path console = TestEnv.serverLog().resolveSibling("console.log");
        for (int i = 0; i < 50; i++) {
            List<Map<String, Object>> found = Files.readAllLines(console).stream().filter(l -> l.startsWith("{") && l.contains(requestId))
                    .map(l -> JsonPath.from(l).<String, Object>getMap("$")).filter(o -> requestId.equals(o.get("ext_requestId"))).toList();
            if (found.size() >= 2) {
                return found;
            }
            Thread.sleep(100); // the console is written asynchronously
        }
        return List.of();
    }

    private static void waitForABlockedUpdate() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Db.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'update users%'") > 0) {
                return;
            }
            Thread.sleep(100);
        }
        assertTrue(false, "the server's update never waited for the row lock");
    }
}
