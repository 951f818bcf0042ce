package com.edutrack.it.accounts;

import static com.edutrack.it.accounts.AssistantSupport.LIST;
import static com.edutrack.it.accounts.AssistantSupport.REQUIRED;
import static com.edutrack.it.accounts.AssistantSupport.form;
import static com.edutrack.it.accounts.AssistantSupport.id;
import static com.edutrack.it.accounts.AssistantSupport.one;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The create and edit forms: DRF messages for every rule, uploads checked by content, and nothing stored on a refusal. */
class AssistantValidationIT {
    /** A real 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final String GMAIL_TAKEN = "This email is already associated with an account.";

    @Test
    void missingFieldsAreAllReportedAtOnce() {
        Account teacher = Fixtures.teacher();
        Response r = Api.as(teacher).body("{}").post(LIST);
        r.then().statusCode(400).body("username", equalTo(List.of(REQUIRED))).body("password", equalTo(List.of(REQUIRED)))
                .body("name", equalTo(List.of(REQUIRED))).body("phone", equalTo(List.of(REQUIRED))).body("gmail", equalTo(List.of(REQUIRED)));
        assertEquals(Set.of("username", "password", "name", "phone", "gmail"), r.jsonPath().getMap("$").keySet(), "gender and picture are optional");
        Api.as(teacher).body(form("name", " ", "phone", "")).post(LIST).then().statusCode(400)
                .body("name", equalTo(List.of("This field may not be blank."))).body("phone", equalTo(List.of("This field may not be blank.")));
        assertEquals(0, Db.count("select count(*) from assistants where teacher_id = ?", teacher.profileId()));
    }

    @Test
    void eachRuleAnswersItsMessageAndStoresNothing() {
        Account teacher = Fixtures.teacher();
        Account otherTeacher = Fixtures.teacher();
        Account student = Fixtures.student();
        String teacherGmail = gmailOf(otherTeacher);
        String studentGmail = gmailOf(student);

        rejected(teacher, form("password", "short1"), "password", "This password is too short. It must contain at least 8 characters.");
        rejected(teacher, form("password", "1234567890"), "password", "This password is entirely numeric.");
        rejectedTaken(teacher, form("gmail", teacherGmail));
        rejectedTaken(teacher, form("gmail", studentGmail.toUpperCase()));
        rejected(teacher, form("gmail", "not-an-email"), "gmail", "Enter a valid email address.");
        rejected(teacher, form("username", student.username()), "username", "A user with that username already exists.");
        rejected(teacher, form("username", "has space"), "username",
                "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.");
        rejected(teacher, form("gender", "other"), "gender", "\"other\" is not a valid choice.");
        rejected(teacher, form("phone", "0101234567"), "phone",
                "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).");
        rejected(teacher, form("name", "n".repeat(201)), "name", "Ensure this field has no more than 200 characters.");

        // the password may equal neither the username
        Map<String, Object> same = form();
        same.put("password", same.get("username"));
        rejected(teacher, same, "password", "The password is too similar to the username.");
        // gender is optional: absent gives null
        AssistantSupport.create(teacher, form("gender", null)).then().statusCode(201).body("gender", nullValue());
    }

    @Test
    void editsFollowTheSameRules() {
        Account teacher = Fixtures.teacher();
        Map<String, Object> a = AssistantSupport.created(teacher);
        Map<String, Object> b = AssistantSupport.created(teacher);
        String path = one(id(a));
        Api.as(teacher).body("{}").put(path).then().statusCode(400).body("username", equalTo(List.of(REQUIRED)))
                .body("name", equalTo(List.of(REQUIRED))).body("phone", equalTo(List.of(REQUIRED))).body("gmail", equalTo(List.of(REQUIRED)))
                .body("password", nullValue());
        Api.as(teacher).body(Map.of("gmail", b.get("gmail"))).patch(path).then().statusCode(400).body("gmail[0]", equalTo(GMAIL_TAKEN));
        Api.as(teacher).body(Map.of("username", b.get("username"))).patch(path).then().statusCode(400)
                .body("username[0]", equalTo("A user with that username already exists."));
        Api.as(teacher).body(Map.of("password", "short")).patch(path).then().statusCode(400)
                .body("password[0]", equalTo("This password is too short. It must contain at least 8 characters."));
        Api.as(teacher).body(Map.of("gender", "x", "is_active", "perhaps")).patch(path).then().statusCode(400)
                .body("gender[0]", equalTo("\"x\" is not a valid choice.")).body("is_active[0]", equalTo("Must be a valid boolean."));
        // an invalid edit changes nothing, not even its valid fields
        Api.as(teacher).body(Map.of("name", "Changed", "phone", "123")).patch(path).then().statusCode(400);
        Api.as(teacher).get(path).then().statusCode(200).body("name", equalTo(a.get("name"))).body("phone", equalTo(a.get("phone")))
                .body("gender", equalTo("female")).body("is_active", equalTo(true));
        // its own gmail and username are not "taken"
        Api.as(teacher).body(Map.of("gmail", a.get("gmail"), "username", a.get("username"))).patch(path).then().statusCode(200);
    }

    @Test
    void profilePictureIsCheckedByContentAndServed() {
        Account teacher = Fixtures.teacher();
        Map<String, Object> form = form();
        String url = multipart(teacher, form).multiPart("profile_picture", "me.png", PNG, "image/png").post(LIST)
                .then().statusCode(201).body("profile_picture", startsWith("http")).body("username", equalTo(form.get("username")))
                .body("gender", equalTo("female")).extract().path("profile_picture");
        byte[] served = Api.anonymous().get(url.substring(url.indexOf("/media/"))).then().statusCode(200)
                .header("Content-Type", "image/png").extract().asByteArray();
        assertArrayEquals(PNG, served);
        String key = (String) Db.rows("select a.profile_picture from assistants a join users u on u.id = a.user_id where u.username = ?",
                form.get("username")).get(0).get("profile_picture");
        assertTrue(key.matches("assistants/[0-9a-f]{32}\\.png"), key);
        Api.login((String) form.get("username"), AssistantSupport.PASSWORD);

        Map<String, Object> pdf = form();
        multipart(teacher, pdf).multiPart("profile_picture", "cv.png", "%PDF-1.4 not an image".getBytes(), "image/png").post(LIST)
                .then().statusCode(400)
                .body("profile_picture", equalTo(List.of("Upload a valid image. The file you uploaded was either not an image or a corrupted image.")));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(PNG);
        big.writeBytes(new byte[5 * 1024 * 1024]);
        Map<String, Object> huge = form();
        multipart(teacher, huge).multiPart("profile_picture", "big.png", big.toByteArray(), "image/png").post(LIST)
                .then().statusCode(400).body("profile_picture", equalTo(List.of("Image size must not exceed 5 MB.")));
        assertEquals(0, Db.count("select count(*) from users where username in (?, ?)", pdf.get("username"), huge.get("username")));

        // replacing through PATCH, then clearing with an empty value
        long id = ((Number) Db.rows("select a.id from assistants a join users u on u.id = a.user_id where u.username = ?", form.get("username"))
                .get(0).get("id")).longValue();
        String replaced = Api.as(teacher).contentType("multipart/form-data").multiPart("profile_picture", "new.png", PNG, "image/png")
                .patch(one(id)).then().statusCode(200).body("profile_picture", startsWith("http")).extract().path("profile_picture");
        assertTrue(!replaced.equals(url), "a new picture gets a new name");
        Api.anonymous().get(url.substring(url.indexOf("/media/"))).then().statusCode(404);
        Api.as(teacher).contentType("multipart/form-data").multiPart("profile_picture", "").patch(one(id)).then().statusCode(200)
                .body("profile_picture", nullValue());
        assertNull(Db.rows("select profile_picture from assistants where id = ?", id).get(0).get("profile_picture"));
        Api.anonymous().get(replaced.substring(replaced.indexOf("/media/"))).then().statusCode(404);
    }

    private static RequestSpecification multipart(Account teacher, Map<String, Object> form) {
        RequestSpecification spec = Api.as(teacher).contentType("multipart/form-data");
        for (Map.Entry<String, Object> e : form.entrySet()) {
            spec = spec.multiPart(e.getKey(), String.valueOf(e.getValue()));
        }
        return spec;
    }

    private static void rejected(Account teacher, Map<String, Object> form, String field, String message) {
        Response r = AssistantSupport.create(teacher, form);
        r.then().statusCode(400).body(field, equalTo(List.of(message)));
        assertEquals(Set.of(field), r.jsonPath().getMap("$").keySet(), "only " + field + " is wrong: " + r.asString());
        assertEquals(0, Db.count("select count(*) from assistants where teacher_id = ?", teacher.profileId()), "nothing stored");
        assertEquals(0, Db.count("select count(*) from users where gmail = ?", form.get("gmail")), "no login stored");
    }

    /** A gmail another account already has (any letter case): the login that owns it stays the only one. */
    private static void rejectedTaken(Account teacher, Map<String, Object> form) {
        Response r = AssistantSupport.create(teacher, form);
        r.then().statusCode(400).body("gmail", equalTo(List.of(GMAIL_TAKEN)));
        assertEquals(Set.of("gmail"), r.jsonPath().getMap("$").keySet(), r.asString());
        assertEquals(0, Db.count("select count(*) from assistants where teacher_id = ?", teacher.profileId()), "nothing stored");
        assertEquals(1, Db.count("select count(*) from users where lower(gmail) = lower(?)", form.get("gmail")));
    }

    private static String gmailOf(Account account) {
        return (String) Db.rows("select gmail from users where id = ?", account.userId()).get(0).get("gmail");
    }
}
