package com.edutrack.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;

/** Shared pieces of the assistant tests: a valid form, the routes, the seed's shape. */
final class AssistantSupport {
    static final String LIST = "/api/accounts/teacher/assistants/";
    static final String COWORKERS = "/api/accounts/assistant/coworkers/";
    static final String PASSWORD = "assist-pass-123";
    /** The seed's assistant object (teacher API section 1), exactly. */
    static final Set<String> SHAPE = Set.of("id", "user_id", "username", "name", "phone", "gmail", "gender", "profile_picture",
            "is_active", "created_at", "teacher");
    static final String REQUIRED = "This field is required.";

    private AssistantSupport() {
    }

    static String one(long id) {
        return "/api/accounts/teacher/assistant/" + id + "/";
    }

    /** A complete, valid create form with a fresh username and gmail. */
    static Map<String, Object> form() {
        String username = Fixtures.unique("asst");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", PASSWORD);
        form.put("name", "Sara Helper");
        form.put("phone", "01112345678");
        form.put("gmail", username + "@gmail.com");
        form.put("gender", "female");
        return form;
    }

    static Map<String, Object> form(Object... overrides) {
        Map<String, Object> form = new HashMap<>(form());
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                form.remove((String) overrides[i]);
            } else {
                form.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return form;
    }

    static Response create(Account teacher, Map<String, Object> form) {
        return Api.as(teacher).body(form).post(LIST);
    }

    /** Creates an assistant over HTTP and returns the response body. */
    static Map<String, Object> created(Account teacher) {
        Response r = create(teacher, form());
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getMap("$");
    }

    static void assertShape(Map<String, Object> assistant) {
        assertEquals(SHAPE, assistant.keySet(), "the seed's assistant keys");
    }

    static long id(Map<String, Object> assistant) {
        return ((Number) assistant.get("id")).longValue();
    }

    /** An account usable with {@link Api#as} for an assistant created over HTTP. */
    static Account account(Map<String, Object> assistant, String password) {
        return new Account(((Number) assistant.get("user_id")).longValue(), null, (String) assistant.get("username"), password,
                id(assistant), "assistant");
    }
}
