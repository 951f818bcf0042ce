package com.edutrack.it.accounts;

import static com.edutrack.it.accounts.AssistantSupport.COWORKERS;
import static com.edutrack.it.accounts.AssistantSupport.LIST;
import static com.edutrack.it.accounts.AssistantSupport.assertShape;
import static com.edutrack.it.accounts.AssistantSupport.form;
import static com.edutrack.it.accounts.AssistantSupport.id;
import static com.edutrack.it.accounts.AssistantSupport.one;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Who may call the assistant routes: roles, ownership (404, never a hint), anonymous callers, and coworkers. */
class AssistantAccessIT {
    private static final String FORBIDDEN = "You do not have permission to perform this action.";
    private static final String ANONYMOUS = "Authentication credentials were not provided.";

    @Test
    void teacherRoutesRefuseOtherRolesAndAnonymousCallers() {
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        List<Account> wrongRoles = List.of(Fixtures.student(), assistant, Fixtures.siteOwner());
        String[][] routes = {{"GET", LIST}, {"POST", LIST}, {"GET", one(assistant.profileId())}, {"PUT", one(assistant.profileId())},
                {"PATCH", one(assistant.profileId())}, {"DELETE", one(assistant.profileId())}};
        for (String[] route : routes) {
            for (Account wrong : wrongRoles) {
                call(Api.as(wrong), route).then().statusCode(403).body("detail", equalTo(FORBIDDEN));
            }
            call(Api.anonymous(), route).then().statusCode(401).body("detail", equalTo(ANONYMOUS));
            // without the trailing slash too
            call(Api.anonymous(), new String[] {route[0], route[1].substring(0, route[1].length() - 1)}).then().statusCode(401);
        }
        for (Account wrong : List.of(teacher, Fixtures.student(), Fixtures.siteOwner())) {
            Api.as(wrong).get(COWORKERS).then().statusCode(403).body("detail", equalTo(FORBIDDEN));
        }
        Api.anonymous().get(COWORKERS).then().statusCode(401).body("detail", equalTo(ANONYMOUS));
        assertEquals(1, Db.count("select count(*) from assistants where id = ?", assistant.profileId()), "no refused call changed anything");
    }

    @Test
    void anotherTeachersAssistantIsNotFoundForEveryVerb() {
        Account owner = Fixtures.teacher();
        Account stranger = Fixtures.teacher();
        Map<String, Object> mine = AssistantSupport.created(owner);
        Map<String, Object> strangers = AssistantSupport.created(stranger);
        String path = one(id(mine));

        Api.as(stranger).get(path).then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(stranger).body(form()).put(path).then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(stranger).body(Map.of("is_active", false, "password", "taken-over-123")).patch(path).then().statusCode(404)
                .body("detail", equalTo("Not found."));
        Api.as(stranger).delete(path).then().statusCode(404).body("detail", equalTo("Not found."));
        // the same answer as an id that does not exist at all
        Api.as(stranger).get(one(id(mine) + 1_000_000)).then().statusCode(404).body("detail", equalTo("Not found."));

        Api.as(stranger).get(LIST).then().statusCode(200).body("count", equalTo(1)).body("results[0].id", equalTo((int) id(strangers)));
        Api.as(stranger).queryParam("search", (String) mine.get("username")).get(LIST).then().statusCode(200).body("count", equalTo(0));

        Map<String, Object> untouched = Api.as(owner).get(path).then().statusCode(200).body("is_active", equalTo(true))
                .extract().jsonPath().getMap("$");
        assertEquals(mine, untouched);
        Api.login((String) mine.get("username"), AssistantSupport.PASSWORD); // the password was not changed
    }

    @Test
    void coworkersAreTheOtherAssistantsOfTheSameTeacher() {
        Account teacher = Fixtures.teacher();
        Account other = Fixtures.teacher();
        Account me = Fixtures.assistant(teacher);
        Account colleague = Fixtures.assistant(teacher);
        Account formerColleague = Fixtures.assistant(teacher);
        Fixtures.deactivate(formerColleague);
        Account elsewhere = Fixtures.assistant(other);

        Response r = Api.as(me).get(COWORKERS);
        r.then().statusCode(200).body("count", equalTo(2)).body("next", equalTo(null));
        assertEquals(Set.of(colleague.profileId(), formerColleague.profileId()), ids(r));
        assertShape(r.jsonPath().getMap("results[0]"));
        r.jsonPath().getList("results.teacher", Integer.class).forEach(t -> assertEquals((int) teacher.profileId(), t));

        assertEquals(Set.of(colleague.profileId()), ids(Api.as(me).queryParam("is_active", "true").get(COWORKERS)));
        assertEquals(Set.of(formerColleague.profileId()), ids(Api.as(me).queryParam("search", formerColleague.username()).get(COWORKERS)));
        assertEquals(Set.of(), ids(Api.as(me).queryParam("search", elsewhere.username()).get(COWORKERS)));
        assertEquals(Set.of(me.profileId(), formerColleague.profileId()), ids(Api.as(colleague).get(COWORKERS)));
        Api.as(elsewhere).get(COWORKERS).then().statusCode(200).body("count", equalTo(0)).body("results", equalTo(List.of()));
        Api.as(me).queryParam("is_active", "perhaps").get(COWORKERS).then().statusCode(400)
                .body("is_active[0]", equalTo("Select a valid choice. perhaps is not one of the available choices."));
    }

    @Test
    void anAssistantOfADeactivatedTeacherIsRefused() {
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        Api.as(assistant).get(COWORKERS).then().statusCode(200);
        Fixtures.deactivate(teacher);
        Api.as(assistant).get(COWORKERS).then().statusCode(401)
                .body("detail", equalTo("Your assigned teacher's account is inactive. Please contact your teacher."));
    }

    private static Set<Long> ids(Response r) {
        r.then().statusCode(200);
        return Set.copyOf(r.jsonPath().getList("results.id", Long.class));
    }

    private static Response call(RequestSpecification spec, String[] route) {
        return switch (route[0]) {
            case "GET" -> spec.get(route[1]);
            case "POST" -> spec.body("{}").post(route[1]);
            case "PUT" -> spec.body("{}").put(route[1]);
            case "PATCH" -> spec.body("{}").patch(route[1]);
            default -> spec.delete(route[1]);
        };
    }
}
