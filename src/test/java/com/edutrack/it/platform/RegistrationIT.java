package com.edutrack.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import org.junit.jupiter.api.Test;

class RegistrationIT {

    static Map<String, Object> valid() {
        long gov = Fixtures.governorate();
        Map<String, Object> body = new HashMap<>();
        String username = Fixtures.unique("reg");
        body.put("username", username);
        body.put("password", "good-pass-123");
        body.put("password_confirm", "good-pass-123");
        body.put("name_ar", "أحمد");
        body.put("name_en", "Ahmed Ali");
        body.put("phone_number", "01012345678");
        body.put("gmail", username + "@gmail.com");
        body.put("gender", "male");
        body.put("birth_date", "2008-05-01");
        body.put("national_id", "30805010100123");
        body.put("governorate", gov);
        body.put("area", Fixtures.area(gov));
        body.put("grade", Fixtures.grade());
        return body;
    }

    @Test
    void registersAStudentWithAGeneratedCodeWhoCanLogIn() {
        Map<String, Object> body = valid();
        body.put("father_number", "01112345678");
        body.put("school_name", "Cairo STEM");
        Api.anonymous().body(body).post("/api/accounts/register/").then().statusCode(201)
                .body("username", equalTo(body.get("username"))).body("student_code", matchesPattern("STU-\\d{8}"))
                .body("full_name", equalTo("Ahmed Ali")).body("email", equalTo(body.get("gmail"))).body("status", equalTo("active"))
                .body("can_access_course", equalTo(true)).body("father_number", equalTo("01112345678"));
        Api.login((String) body.get("username"), "good-pass-123");
    }

    @Test
    void multipartRegistrationWorksToo() {
        Map<String, Object> body = valid();
        var spec = Api.anonymous().contentType("multipart/form-data");
        for (var e : body.entrySet()) {
            spec = spec.multiPart(e.getKey(), String.valueOf(e.getValue()));
        }
        spec.post("/api/accounts/register/").then().statusCode(201).body("gender", equalTo("male"));
    }

    @Test
    void everyRuleAnswers400AndStoresNothing() {
        Account existing = Fixtures.student();
        String existingGmail = (String) Db.rows("select gmail from users where id = ?", existing.userId()).get(0).get("gmail");
        assertRejected(Map.of("gmail", existingGmail), "gmail", "This email is already associated with an account.");
        assertRejected(Map.of("username", existing.username()), "username", "A user with that username already exists.");
        assertRejected(Map.of("phone_number", "0101234567"), "phone_number",
                "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).");
        assertRejected(Map.of("phone_number", "02012345678"), "phone_number",
                "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).");
        assertRejected(Map.of("mother_number", "12345"), "mother_number",
                "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).");
        assertRejected(Map.of("national_id", "1234567890123"), "national_id", "National ID must be exactly 14 digits.");
        assertRejected(Map.of("national_id", "3080501010012X"), "national_id", "National ID must be exactly 14 digits.");
        assertRejected(Map.of("area", Fixtures.area(Fixtures.governorate())), "area", "The selected area does not belong to the selected governorate.");
        assertRejected(Map.of("password_confirm", "other-pass-123"), "password_confirm", "Passwords do not match.");
        assertRejected(Map.of("password", "1234567890", "password_confirm", "1234567890"), "password", "This password is entirely numeric.");
        assertRejected(Map.of("gender", "other"), "gender", "\"other\" is not a valid choice.");
        assertRejected(Map.of("birth_date", "01/05/2008"), "birth_date", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
        assertRejected(Map.of("grade", 99999999), "grade", "Invalid pk \"99999999\" - object does not exist.");
        assertRejected(Map.of("gmail", "not-an-email"), "gmail", "Enter a valid email address.");
        for (String required : new String[] {"username", "password", "password_confirm", "name_ar", "name_en", "phone_number", "gmail",
                "gender", "birth_date", "national_id", "governorate", "area", "grade"}) {
            Map<String, Object> body = valid();
            body.remove(required);
            Api.anonymous().body(body).post("/api/accounts/register/").then().statusCode(400)
                    .body(required + "[0]", equalTo("This field is required."));
            assertEquals(0, Db.count("select count(*) from users where username = ?", String.valueOf(body.get("username"))));
        }
    }

    private static void assertRejected(Map<String, Object> change, String field, String message) {
        Map<String, Object> body = valid();
        body.putAll(change);
        Api.anonymous().body(body).post("/api/accounts/register/").then().statusCode(400).body(field + "[0]", equalTo(message));
        if (!change.containsKey("username")) {
            assertEquals(0, Db.count("select count(*) from users where username = ?", body.get("username")));
        }
    }
}
