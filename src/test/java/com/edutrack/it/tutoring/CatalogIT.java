package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.it.tutoring.Tutoring.Tutor;
import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import org.junit.jupiter.api.Test;

class CatalogIT {

    @Test
    void teacherCreatesOneProfileAndOnlyAdminChangesStatus() {
        Account teacher = Fixtures.teacher();
        String id = ok(Api.as(teacher).body(Map.of("bio", "Physics", "subjects", "physics")).post("/v1/tutorprofiles"), 201, "tutorProfile")
                .body("tutorProfile.tutorId", equalTo(teacher.uuid().toString()))
                .body("tutorProfile.status", equalTo("active")).body("tutorProfile.status_idx", equalTo(0))
                .body("method", equalTo("POST")).body("action", equalTo("create"))
                .extract().path("tutorProfile.id");
        err(Api.as(teacher).body(Map.of("bio", "again")).post("/v1/tutorprofiles"), 409, "errMsg_TutorProfileAlreadyExists");
        Api.as(Fixtures.student()).body(Map.of("bio", "x")).post("/v1/tutorprofiles").then().statusCode(403).body("result", equalTo("ERR"));
        Api.anonymous().body(Map.of("bio", "x")).post("/v1/tutorprofiles").then().statusCode(401).body("result", equalTo("ERR"));

        ok(Api.as(teacher).body(Map.of("bio", "Physics and maths")).patch("/v1/tutorprofiles/" + id), 200, "tutorProfile")
                .body("tutorProfile.bio", equalTo("Physics and maths"));
        err(Api.as(teacher).body(Map.of("status", "active")).patch("/v1/tutorprofiles/" + id), 403, "errMsg_NotAllowed");
        err(Api.as(Tutoring.tutor().account()).body(Map.of("bio", "hijack")).patch("/v1/tutorprofiles/" + id), 403, "errMsg_NotAllowed");
        ok(Api.as(Fixtures.siteOwner()).body(Map.of("status", "suspended")).patch("/v1/tutorprofiles/" + id), 200, "tutorProfile")
                .body("tutorProfile.status", equalTo("suspended"));
        err(Api.as(Fixtures.siteOwner()).body(Map.of("status", "gone")).patch("/v1/tutorprofiles/" + id), 400, "errMsg_StatusIsNotValid");

        ok(Api.anonymous().get("/v1/tutorprofiles/" + id), 200, "tutorProfile").body("tutorProfile.id", equalTo(id));
        // The public directory hides a suspended tutor.
        okList(Api.anonymous().get("/v1/tutorprofiles?pageNumber=0"), "tutorProfiles").body("tutorProfiles.id", not(hasItem(id)));
        err(Api.anonymous().get("/v1/tutorprofiles/" + java.util.UUID.randomUUID()), 404, "errMsg_TutorProfileNotFound");
    }

    @Test
    void packsAndSlotsBelongToTheirTutor() {
        Tutor tutor = Tutoring.tutor();
        Tutor other = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 2, 2, false);
        ok(Api.anonymous().get("/v1/coursepacks/" + pack.id()), 200, "coursePack")
                .body("coursePack.price", equalTo(120.5f)).body("coursePack.currency", equalTo("USD"))
                .body("coursePack.schedulingType", equalTo("fixedSchedule")).body("coursePack.lessonCount", equalTo(2));
        okList(Api.anonymous().get("/v1/coursepacks?tutorProfileId=" + tutor.profileId()), "coursePacks")
                .body("coursePacks.id", hasItem(pack.id())).body("paging.totalRowCount", equalTo(1));
        okList(Api.anonymous().get("/v1/lessonslots?coursePackId=" + pack.id() + "&status=available"), "lessonSlots")
                .body("rowCount", equalTo(2)).body("lessonSlots[0].scheduledTime", equalTo("10:00"));

        err(Api.as(other.account()).body(Map.of("title", "stolen")).patch("/v1/coursepacks/" + pack.id()), 403, "errMsg_NotAllowed");
        err(Api.as(other.account()).body(Map.of("coursePackId", pack.id(), "scheduledDate", "2030-01-01", "scheduledTime", "10:00",
                "durationMinutes", 60, "locationType", "online")).post("/v1/lessonslots"), 403, "errMsg_NotAllowed");
        err(Api.as(Fixtures.teacher()).body(Map.of("title", "t", "price", 1, "currency", "USD", "lessonCount", 1, "schedulingType", "flexible"))
                .post("/v1/coursepacks"), 403, "errMsg_TutorProfileRequired");
        err(Api.as(tutor.account()).body(Map.of("title", "t", "price", -1, "currency", "USD", "lessonCount", 1, "schedulingType", "flexible"))
                .post("/v1/coursepacks"), 400, "errMsg_PriceIsNotValid");
        err(Api.as(tutor.account()).body(Map.of("coursePackId", pack.id(), "scheduledDate", "2030-01-01", "scheduledTime", "25:00",
                "durationMinutes", 60, "locationType", "online")).post("/v1/lessonslots"), 400, "errMsg_ScheduledTimeIsNotValid");

        ok(Api.as(tutor.account()).body(Map.of("scheduledTime", "11:30")).patch("/v1/lessonslots/" + pack.slotIds().get(0)), 200, "lessonSlot")
                .body("lessonSlot.scheduledTime", equalTo("11:30"));
        ok(Api.as(tutor.account()).delete("/v1/coursepacks/" + pack.id()), 200, "coursePack").body("coursePack.isActive", equalTo(false));
        okList(Api.anonymous().get("/v1/coursepacks?tutorProfileId=" + tutor.profileId()), "coursePacks").body("paging.totalRowCount", equalTo(0));
    }

    @Test
    void preliminaryMeetingsAreDecidedByThePacksTutor() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 1, true);
        Account student = Fixtures.student();
        Account otherStudent = Fixtures.student();
        String id = ok(Api.as(student).body(Map.of("coursePackId", pack.id(), "scheduledAt", Instant.now().plusSeconds(86400).toString()))
                .post("/v1/preliminarymeetings"), 201, "preliminaryMeeting").body("preliminaryMeeting.result", equalTo("scheduled"))
                .extract().path("preliminaryMeeting.id");
        okList(Api.as(student).get("/v1/preliminarymeetings"), "preliminaryMeetings").body("preliminaryMeetings.id", hasItem(id));
        okList(Api.as(otherStudent).get("/v1/preliminarymeetings"), "preliminaryMeetings").body("preliminaryMeetings.id", not(hasItem(id)));
        okList(Api.as(tutor.account()).get("/v1/preliminarymeetings"), "preliminaryMeetings").body("preliminaryMeetings.id", hasItem(id));
        err(Api.as(Tutoring.tutor().account()).body(Map.of("result", "passed")).patch("/v1/preliminarymeetings/" + id), 403, "errMsg_NotAllowed");
        ok(Api.as(tutor.account()).body(Map.of("result", "passed", "note", "ready")).patch("/v1/preliminarymeetings/" + id), 200, "preliminaryMeeting")
                .body("preliminaryMeeting.result", equalTo("passed"));
    }
}
