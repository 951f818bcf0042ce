package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.it.tutoring.Tutoring.Tutor;
import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Common parameters, error bodies and the role walk over the admin-only routes. */
class TutoringConventionsIT {

    @Test
    void commonListParameters() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 3, false);
        String base = "/v1/lessonslots?coursePackId=" + pack.id();
        okList(Api.anonymous().get(base + "&pageNumber=2&pageRowCount=1&requestId=req-42&caching=true&cacheTTL=60"), "lessonSlots")
                .body("requestId", equalTo("req-42")).body("rowCount", equalTo(1))
                .body("paging.pageNumber", equalTo(2)).body("paging.pageRowCount", equalTo(1))
                .body("paging.totalRowCount", equalTo(3)).body("paging.pageCount", equalTo(3));
        okList(Api.anonymous().get(base + "&pageNumber=0"), "lessonSlots").body("lessonSlots", hasSize(3)).body("paging.pageNumber", equalTo(0));
        err(Api.anonymous().get(base + "&pageRowCount=abc"), 400, "errMsg_InvalidPagingParameters");
        err(Api.anonymous().get(base + "&status=nope"), 400, "errMsg_StatusIsNotValid");
    }

    @Test
    void errorsUseTheTutoringBody() {
        Account student = Fixtures.student();
        err(Api.as(student).body("{not json").post("/v1/enrollments"), 400, "errMsg_MalformedJson");
        err(Api.as(student).body("{\"coursePackId\": \"not-a-uuid\"}").post("/v1/enrollments"), 400, "errMsg_MalformedJson");
        err(Api.as(student).body(Map.of()).post("/v1/enrollments"), 400, "errMsg_RequiredFieldsMissing");
        Api.anonymous().get("/v1/coursepacks/not-a-uuid").then().statusCode(404).body("result", equalTo("ERR"));
        err(Api.anonymous().get("/v1/lessonslots/" + UUID.randomUUID()), 404, "errMsg_LessonSlotNotFound");
    }

    @Test
    void bookedSlotsCannotBeEditedOrDeleted() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 2, false);
        Tutoring.enroll(Fixtures.student(), pack, pack.slotIds().subList(0, 1));
        String booked = pack.slotIds().get(0);
        err(Api.as(tutor.account()).body(Map.of("scheduledTime", "12:00")).patch("/v1/lessonslots/" + booked), 409, "errMsg_LessonSlotIsBooked");
        err(Api.as(tutor.account()).delete("/v1/lessonslots/" + booked), 409, "errMsg_LessonSlotIsBooked");
        err(Api.as(tutor.account()).delete("/v1/coursepacks/" + pack.id()), 409, "errMsg_CoursePackHasEnrollments");
        ok(Api.as(tutor.account()).delete("/v1/lessonslots/" + pack.slotIds().get(1)), 200, "lessonSlot").body("lessonSlot.status", equalTo("canceled"));
        err(Api.as(tutor.account()).post("/v1/completelessonslot/" + pack.slotIds().get(1)), 409, "errMsg_LessonSlotNotBooked");
    }

    @Test
    void adminRoutesWalkAllRoles() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 1, false);
        Account student = Fixtures.student();
        String enrollment = Tutoring.enroll(student, pack, pack.slotIds());
        Account admin = Fixtures.siteOwner();
        List<Function<RequestSpecification, Response>> adminRoutes = List.of(
                r -> r.body(Map.of("cancelReason", "walk")).patch("/v1/cancelenrollment/" + enrollment),
                r -> r.body(Map.of("tutorProfileId", tutor.profileId())).post("/v1/cascadetutorban"),
                r -> r.body(Map.of("coursePackId", pack.id())).post("/v1/cascadecourseremoval"),
                r -> r.body(Map.of("maxAgeMinutes", 100000)).post("/v1/cleanuppendingenrollments"),
                r -> r.body(Map.of("enrollmentId", enrollment)).post("/v1/checkenrollmentcompletion"),
                r -> r.get("/v1/enrollmentaudits?enrollmentId=" + enrollment));
        for (var route : adminRoutes) {
            for (Account caller : List.of(tutor.account(), Tutoring.tutor().account(), student, Fixtures.student())) {
                err(route.apply(Api.as(caller)), 403, "errMsg_NotAllowed");
            }
            route.apply(Api.anonymous()).then().statusCode(401).body("result", equalTo("ERR")).body("status", equalTo(401));
        }
        // Nothing changed for the refused callers; the admin's run cancels.
        okList(Api.as(admin).body(Map.of("tutorProfileId", tutor.profileId())).post("/v1/cascadetutorban"), "enrollments")
                .body("enrollments[0].id", equalTo(enrollment));
    }
}
