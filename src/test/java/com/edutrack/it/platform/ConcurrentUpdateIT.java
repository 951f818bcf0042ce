package com.edutrack.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * A write that loses an optimistic-lock race answers 409 and changes nothing. Made deterministic:
 * the test changes the row in an open transaction, lets the server read the old version and block
 * on its versioned UPDATE, then commits; the server's UPDATE then matches no row.
 */
class ConcurrentUpdateIT {

    @Test
    void aStaleVersionedWriteIs409() throws Exception {
        var owner = Fixtures.siteOwner();
        var student = Fixtures.student();
        Api.token(owner);
        try (Connection tx = Db.connect()) {
            tx.setAutoCommit(false);
            try (PreparedStatement s = tx.prepareStatement("update students set version = version + 1, school_name = 'changed elsewhere' where id = ?")) {
                s.setLong(1, student.profileId());
                s.executeUpdate();
            }
            CompletableFuture<Response> patch = CompletableFuture.supplyAsync(() ->
                    Api.as(owner).body(Map.of("status", "suspended")).patch("/api/accounts/students/" + student.profileId() + "/"));
            waitForABlockedUpdate();
            tx.commit();
            Response r = patch.get();
            assertEquals(409, r.statusCode(), r.asString());
            assertEquals("This record was changed by another request. Reload it and try again.", r.jsonPath().getString("detail"));
        }
        var row = Db.rows("select status, school_name from students where id = ?", student.profileId()).get(0);
        assertEquals("active", row.get("status"), "the losing write changed nothing");
        assertEquals("changed elsewhere", row.get("school_name"));
        // A fresh attempt succeeds.
        Api.as(owner).body(Map.of("status", "suspended")).patch("/api/accounts/students/" + student.profileId() + "/").then().statusCode(200);
    }

    private static void waitForABlockedUpdate() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Db.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'update students%'") > 0) {
                return;
            }
            Thread.sleep(100);
        }
        assertTrue(false, "the server's update never waited for the row lock");
    }
}
