package com.edutrack.it.accounts;

import static com.edutrack.it.accounts.AssistantSupport.COWORKERS;
import static com.edutrack.it.accounts.AssistantSupport.LIST;
import static com.edutrack.it.accounts.AssistantSupport.PASSWORD;
import static com.edutrack.it.accounts.AssistantSupport.assertShape;
import static com.edutrack.it.accounts.AssistantSupport.form;
import static com.edutrack.it.accounts.AssistantSupport.id;
import static com.edutrack.it.accounts.AssistantSupport.one;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A teacher's assistants: create, read, list with filters, edit, deactivate, delete, and what each does to logins. */
class AssistantManagementIT {

    @Test
    void createReadListEditDelete() {
        Account teacher = Fixtures.teacher();
        Map<String, Object> form = form();
        Map<String, Object> created = AssistantSupport.create(teacher, form).then().statusCode(201)
                .body("username", equalTo(form.get("username"))).body("name", equalTo("Sara Helper")).body("phone", equalTo("01112345678"))
                .body("gmail", equalTo(form.get("gmail"))).body("gender", equalTo("female")).body("profile_picture", nullValue())
                .body("is_active", equalTo(true)).body("teacher", equalTo((int) teacher.profileId()))
                .body("created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*Z"))
                .extract().jsonPath().getMap("$");
        assertShape(created);
        long id = id(created);
        Map<String, Object> row = Db.rows("select u.role, u.password_hash, a.teacher_id, a.user_id from assistants a join users u on u.id = a.user_id "
                + "where a.id = ?", id).get(0);
        assertEquals("assistant", row.get("role"));
        assertEquals(teacher.profileId(), ((Number) row.get("teacher_id")).longValue());
        assertEquals(((Number) created.get("user_id")).longValue(), ((Number) row.get("user_id")).longValue());
        assertTrue(((String) row.get("password_hash")).startsWith("pbkdf2_sha256$"), "the password is stored hashed");
        assertFalse(((String) row.get("password_hash")).contains(PASSWORD));

        // the new assistant signs in and acts for this teacher
        Api.login((String) form.get("username"), PASSWORD).then().body("role", equalTo("assistant"));

        Map<String, Object> fetched = Api.as(teacher).get(one(id)).then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(created, fetched);
        Response list = Api.as(teacher).get(LIST);
        list.then().statusCode(200).body("count", equalTo(1)).body("next", nullValue()).body("previous", nullValue())
                .body("results[0].id", equalTo((int) id));
        assertEquals(java.util.Set.of("count", "next", "previous", "results"), list.jsonPath().getMap("$").keySet());
        assertShape(list.jsonPath().getMap("results[0]"));
        Api.as(teacher).queryParam("all", "true").get(LIST).then().statusCode(200).body("count", equalTo(1)).body("results.size()", equalTo(1));

        // PATCH: only what is sent
        Map<String, Object> patched = Api.as(teacher).body(Map.of("name", "Sara H.", "gender", "male")).patch(one(id)).then().statusCode(200)
                .body("name", equalTo("Sara H.")).body("gender", equalTo("male")).body("phone", equalTo("01112345678"))
                .body("gmail", equalTo(form.get("gmail"))).extract().jsonPath().getMap("$");
        assertShape(patched);

        // PUT: every required field, password optional
        String newUsername = Fixtures.unique("asst");
        Map<String, Object> put = Api.as(teacher).body(Map.of("username", newUsername, "name", "Sara Put", "phone", "01512345678",
                        "gmail", newUsername + "@gmail.com")).put(one(id)).then().statusCode(200)
                .body("username", equalTo(newUsername)).body("name", equalTo("Sara Put")).body("phone", equalTo("01512345678"))
                .body("gmail", equalTo(newUsername + "@gmail.com")).body("gender", equalTo("male")).extract().jsonPath().getMap("$");
        assertShape(put);
        Api.login(newUsername, PASSWORD);
        assertEquals(1, Db.count("select count(*) from users where username = ? and name = 'Sara Put'", newUsername));

        // DELETE: 204, then gone everywhere
        Api.as(teacher).delete(one(id)).then().statusCode(204).body(equalTo(""));
        Api.as(teacher).get(one(id)).then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(teacher).delete(one(id)).then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(teacher).get(LIST).then().statusCode(200).body("count", equalTo(0));
        assertEquals(0, Db.count("select count(*) from assistants where id = ?", id));
        assertEquals(0, Db.count("select count(*) from users where id = ?", created.get("user_id")));
        assertEquals(0, Db.count("select count(*) from refresh_tokens where user_id = ?", created.get("user_id")));
    }

    @Test
    void passwordResetThroughPatchIsHashedAndEndsRefreshSessions() {
        Account teacher = Fixtures.teacher();
        Map<String, Object> a = AssistantSupport.created(teacher);
        String username = (String) a.get("username");
        Response login = Api.login(username, PASSWORD);
        long userId = ((Number) a.get("user_id")).longValue();
        assertEquals(1, Db.count("select count(*) from refresh_tokens where user_id = ? and revoked_at is null", userId));

        Api.as(teacher).body(Map.of("password", "a-new-secret-9")).patch(one(id(a))).then().statusCode(200).body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("password")));
        String hash = (String) Db.rows("select password_hash from users where id = ?", userId).get(0).get("password_hash");
        assertTrue(hash.startsWith("pbkdf2_sha256$") && !hash.contains("a-new-secret-9"));
        assertEquals(0, Db.count("select count(*) from refresh_tokens where user_id = ? and revoked_at is null", userId));
        Api.anonymous().header("Origin", "http://localhost:3000").cookie("refresh_token", login.cookie("refresh_token")).post("/api/accounts/token/refresh/")
                .then().statusCode(401).body("error", equalTo("Invalid or expired refresh token"));
        Api.anonymous().body(Map.of("username", username, "password", PASSWORD)).post("/api/accounts/login/").then().statusCode(401)
                .body("error", equalTo("No active account found with the given credentials"));
        Api.login(username, "a-new-secret-9");
    }

    @Test
    void deactivationBlocksTheLoginAndExistingTokensAtOnce() {
        Account teacher = Fixtures.teacher();
        Map<String, Object> a = AssistantSupport.created(teacher);
        Account assistant = AssistantSupport.account(a, PASSWORD);
        Api.as(assistant).get(COWORKERS).then().statusCode(200);

        Api.as(teacher).body(Map.of("is_active", false)).patch(one(id(a))).then().statusCode(200).body("is_active", equalTo(false));
        Api.as(assistant).get(COWORKERS).then().statusCode(401)
                .body("detail", equalTo("Your account is inactive. Please contact an administrator."));
        Api.anonymous().body(Map.of("username", assistant.username(), "password", PASSWORD)).post("/api/accounts/login/").then().statusCode(401)
                .body("error", equalTo("Your account is inactive. Please contact an administrator."));
        Api.as(teacher).queryParam("is_active", "false").get(LIST).then().statusCode(200).body("count", equalTo(1))
                .body("results[0].id", equalTo((int) id(a)));
        Api.as(teacher).queryParam("is_active", "true").get(LIST).then().statusCode(200).body("count", equalTo(0));

        Api.as(teacher).body(Map.of("is_active", true)).patch(one(id(a))).then().statusCode(200).body("is_active", equalTo(true));
        Api.login(assistant.username(), PASSWORD);
    }

    @Test
    void aDeletedAssistantsOldTokenIsRefused() {
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        String token = Api.token(assistant);
        Api.anonymous().header("Authorization", "Bearer " + token).get(COWORKERS).then().statusCode(200);

        Api.as(teacher).delete(one(assistant.profileId())).then().statusCode(204);
        Api.anonymous().header("Authorization", "Bearer " + token).get(COWORKERS).then().statusCode(401)
                .body("detail", equalTo("Authentication credentials were not provided."));
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/accounts/me/").then().statusCode(401);
        Api.anonymous().body(Map.of("username", assistant.username(), "password", assistant.password())).post("/api/accounts/login/")
                .then().statusCode(401).body("error", equalTo("No active account found with the given credentials"));
        assertEquals(0, Db.count("select count(*) from users where id = ?", assistant.userId()));
    }

    @Test
    void deleteIsRefusedWhileOtherRecordsReferToTheLogin() {
        // stands in for history that later features keep about a login (e.g. who approved an enrollment)
        String table = "it_history_" + Long.toHexString(System.nanoTime());
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        Db.update("create table " + table + " (id bigint primary key, user_id bigint not null references users(id))");
        try {
            Db.update("insert into " + table + " values (1, ?)", assistant.userId());
            Api.as(teacher).delete(one(assistant.profileId())).then().statusCode(400)
                    .body("detail", equalTo("This assistant has recorded activity and cannot be deleted. Deactivate the assistant instead."));
            assertEquals(1, Db.count("select count(*) from assistants where id = ?", assistant.profileId()));
            Api.as(assistant).get(COWORKERS).then().statusCode(200); // nothing changed, sessions included
        } finally {
            Db.update("drop table " + table);
        }
        Api.as(teacher).delete(one(assistant.profileId())).then().statusCode(204);
    }

    @Test
    void filtersSearchAndOrdering() {
        Account teacher = Fixtures.teacher();
        String tag = Fixtures.unique("x").replace("-", "");
        Map<String, Object> zed = AssistantSupport.create(teacher, form("name", "Zed " + tag, "phone", "01011111111")).then().statusCode(201)
                .extract().jsonPath().getMap("$");
        Map<String, Object> amy = AssistantSupport.create(teacher, form("name", "Amy " + tag, "phone", "01022222222")).then().statusCode(201)
                .extract().jsonPath().getMap("$");
        Map<String, Object> mid = AssistantSupport.create(teacher, form("name", "Mid", "phone", "01233333333")).then().statusCode(201)
                .extract().jsonPath().getMap("$");
        Api.as(teacher).body(Map.of("is_active", false)).patch(one(id(mid))).then().statusCode(200);

        assertEquals(ids(mid, amy, zed), listIds(teacher, Map.of()), "default -created_at");
        assertEquals(ids(amy, mid, zed), listIds(teacher, Map.of("ordering", "name")));
        assertEquals(ids(zed, mid, amy), listIds(teacher, Map.of("ordering", "-name")));
        assertEquals(ids(zed, amy, mid), listIds(teacher, Map.of("ordering", "created_at")));
        assertEquals(ids(amy, zed), listIds(teacher, Map.of("search", tag.toUpperCase(), "ordering", "name")), "search by name, case-insensitive");
        assertEquals(ids(mid), listIds(teacher, Map.of("search", "01233")), "search by phone");
        assertEquals(ids(zed), listIds(teacher, Map.of("search", (String) zed.get("gmail"))), "search by gmail");
        assertEquals(ids(amy), listIds(teacher, Map.of("search", (String) amy.get("username"))), "search by username");
        assertEquals(ids(amy, zed), listIds(teacher, Map.of("is_active", "true", "ordering", "name")));
        Api.as(teacher).queryParam("is_active", "maybe").get(LIST).then().statusCode(400)
                .body("is_active[0]", equalTo("Select a valid choice. maybe is not one of the available choices."));
        Api.as(teacher).queryParam("page_size", 2).get(LIST).then().statusCode(200).body("count", equalTo(3))
                .body("results.size()", equalTo(2)).body("next", equalTo(TestEnv.baseUrl() + LIST + "?page_size=2&page=2"));
    }

    @Test
    void listStatementsDoNotGrowWithTheNumberOfAssistants() {
        Account small = Fixtures.teacher();
        Account large = Fixtures.teacher();
        for (int i = 0; i < 2; i++) {
            Fixtures.assistant(small);
        }
        Account member = null;
        for (int i = 0; i < 30; i++) {
            member = Fixtures.assistant(large);
        }
        Response two = Api.as(small).get(LIST);
        Response thirty = Api.as(large).get(LIST);
        two.then().statusCode(200).body("count", equalTo(2));
        thirty.then().statusCode(200).body("count", equalTo(30)).body("results.size()", equalTo(30));
        assertNotEquals(null, two.header("X-Sql-Statements"));
        assertEquals(two.header("X-Sql-Statements"), thirty.header("X-Sql-Statements"), "statements for 2 vs 30 assistants");
        assertTrue(Integer.parseInt(thirty.header("X-Sql-Statements")) <= 4, "statements: " + thirty.header("X-Sql-Statements"));

        Response coworkersOfOne = Api.as(Fixtures.assistant(small)).get(COWORKERS);
        Response coworkersOfMany = Api.as(member).get(COWORKERS);
        coworkersOfOne.then().statusCode(200).body("count", equalTo(2));
        coworkersOfMany.then().statusCode(200).body("count", equalTo(29));
        assertEquals(coworkersOfOne.header("X-Sql-Statements"), coworkersOfMany.header("X-Sql-Statements"), "coworker statements");
    }

    private static List<Integer> ids(Map<?, ?>... assistants) {
        return java.util.Arrays.stream(assistants).map(a -> ((Number) a.get("id")).intValue()).toList();
    }

    private static List<Integer> listIds(Account teacher, Map<String, String> query) {
        return Api.as(teacher).queryParams(query).get(LIST).then().statusCode(200).extract().jsonPath().getList("results.id", Integer.class);
    }
}
