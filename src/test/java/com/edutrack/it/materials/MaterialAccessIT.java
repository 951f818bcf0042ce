package com.edutrack.it.materials;

import static com.edutrack.it.materials.Materials.multipart;
import static com.edutrack.it.materials.Materials.pdf;
import static com.edutrack.it.materials.Materials.upload;
import static com.edutrack.it.materials.Materials.uploaded;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Who reaches which material: anonymous 401; staff of another teacher 404 (and 400 "Invalid pk"
 * for that teacher's lecture on upload); the owner's assistant manages; the site owner manages
 * all; students read only materials of lectures they hold an unexpired purchase of (403 with a
 * reason otherwise), never write (403), and a suspended student reads nothing (403).
 */
class MaterialAccessIT {
    private static final Map<String, String> NOT_FOUND = Map.of("detail", "Not found.");
    private static final Map<String, String> NO_PERMISSION = Map.of("detail", "You do not have permission to perform this action.");
    private static final Map<String, String> NO_PURCHASE = Map.of("detail", "You need an active purchase of this lecture to access its materials.");
    private static final Map<String, String> SUSPENDED = Map.of("detail", "Your access to course content is suspended.");

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        var teacher = Fixtures.teacher();
        long id = uploaded(teacher, Materials.lecture(teacher).id());
        for (String method : List.of("GET", "POST")) {
            Api.anonymous().request(method, "/api/materials/").then().statusCode(401)
                    .body("detail", equalTo("Authentication credentials were not provided."));
        }
        for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            Api.anonymous().request(method, "/api/materials/" + id + "/").then().statusCode(401);
        }
        Api.anonymous().get("/api/materials/" + id + "/download/").then().statusCode(401);
        assertEquals(1, Db.count("select count(*) from study_materials where id = ?", id));
    }

    @Test
    void anotherTeachersStaffSeeNothingAndChangeNothing() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        long id = uploaded(teacher, lecture.id());
        var stranger = Fixtures.teacher();
        var strangersAssistant = Fixtures.assistant(stranger);
        for (var who : List.of(stranger, strangersAssistant)) {
            Api.as(who).get("/api/materials/" + id + "/").then().statusCode(404).body("", equalTo(NOT_FOUND));
            Api.as(who).get("/api/materials/" + id + "/download/").then().statusCode(404).body("", equalTo(NOT_FOUND));
            Api.as(who).body("{\"title\": \"mine\"}").put("/api/materials/" + id + "/").then().statusCode(404).body("", equalTo(NOT_FOUND));
            Api.as(who).body("{\"title\": \"mine\"}").patch("/api/materials/" + id + "/").then().statusCode(404).body("", equalTo(NOT_FOUND));
            Api.as(who).delete("/api/materials/" + id + "/").then().statusCode(404).body("", equalTo(NOT_FOUND));
            Api.as(who).get("/api/materials/").then().statusCode(200).body("count", equalTo(0));
            Api.as(who).get("/api/materials/?lecture=" + lecture.id()).then().statusCode(200).body("count", equalTo(0));
            upload(who, lecture.id(), "intruder", "i.pdf", pdf("i")).then().statusCode(400)
                    .body("", equalTo(Map.of("lecture", List.of("Invalid pk \"" + lecture.id() + "\" - object does not exist."))));
        }
        // moving one's own material onto another teacher's lecture is refused the same way
        long own = uploaded(stranger, Materials.lecture(stranger).id());
        Api.as(stranger).body("{\"lecture\": " + lecture.id() + "}").patch("/api/materials/" + own + "/").then().statusCode(400)
                .body("lecture[0]", equalTo("Invalid pk \"" + lecture.id() + "\" - object does not exist."));
        assertEquals("Notes", Db.rows("select title from study_materials where id = ?", id).get(0).get("title"));
        assertEquals(1, Db.count("select count(*) from study_materials where lecture_id = ?", lecture.id()));
    }

    @Test
    void theTeachersAssistantManagesMaterials() {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var lecture = Materials.lecture(teacher);
        long byTeacher = uploaded(teacher, lecture.id());
        long byAssistant = ((Number) upload(assistant, lecture.id(), "From the assistant", "a.pdf", pdf("a")).then().statusCode(201)
                .body("uploaded_by", equalTo((int) assistant.userId())).extract().path("id")).longValue();
        Api.as(assistant).get("/api/materials/").then().statusCode(200).body("count", equalTo(2));
        Api.as(teacher).get("/api/materials/" + byAssistant + "/").then().statusCode(200);
        Api.as(assistant).get("/api/materials/" + byTeacher + "/").then().statusCode(200).body("title", equalTo("Notes"));
        Api.as(assistant).get("/api/materials/" + byTeacher + "/download/").then().statusCode(200).header("Content-Type", "application/pdf");
        Api.as(assistant).body("{\"title\": \"Renamed\"}").patch("/api/materials/" + byTeacher + "/").then().statusCode(200)
                .body("title", equalTo("Renamed"));
        multipart(assistant).multiPart("title", "Put").put("/api/materials/" + byTeacher + "/").then().statusCode(200).body("title", equalTo("Put"));
        Api.as(assistant).delete("/api/materials/" + byTeacher + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from study_materials where id = ?", byTeacher));
    }

    @Test
    void theSiteOwnerManagesAnyMaterial() {
        var teacher = Fixtures.teacher();
        var owner = Fixtures.siteOwner();
        var lecture = Materials.lecture(teacher);
        long id = ((Number) upload(owner, lecture.id(), "Official", "o.pdf", pdf("o")).then().statusCode(201)
                .body("uploaded_by", equalTo((int) owner.userId())).extract().path("id")).longValue();
        Api.as(teacher).get("/api/materials/" + id + "/").then().statusCode(200).body("title", equalTo("Official"));
        long byTeacher = uploaded(teacher, lecture.id());
        Api.as(owner).get("/api/materials/?lecture=" + lecture.id()).then().statusCode(200).body("count", equalTo(2));
        Api.as(owner).get("/api/materials/" + byTeacher + "/download/").then().statusCode(200);
        Api.as(owner).body("{\"title\": \"Checked\"}").patch("/api/materials/" + byTeacher + "/").then().statusCode(200);
        Api.as(owner).delete("/api/materials/" + byTeacher + "/").then().statusCode(204);
    }

    @Test
    void studentsReadOnlyWhatTheyHoldAnUnexpiredPurchaseOf() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        var unbought = Materials.lectureIn(lecture.course(), lecture.courseName());
        byte[] content = pdf("for buyers");
        long id = ((Number) upload(teacher, lecture.id(), "Buyers only", "b.pdf", content).then().statusCode(201).extract().path("id")).longValue();
        long other = uploaded(teacher, unbought.id());

        var buyer = Fixtures.student();
        var expired = Fixtures.student();
        var stranger = Fixtures.student();
        Materials.purchase(buyer, lecture.id(), Duration.ofDays(3));
        Materials.purchase(expired, lecture.id(), Duration.ofMinutes(-5));

        Api.as(buyer).get("/api/materials/").then().statusCode(200).body("count", equalTo(1)).body("results[0].id", equalTo((int) id));
        Api.as(buyer).get("/api/materials/" + id + "/").then().statusCode(200).body("title", equalTo("Buyers only"));
        assertArrayEquals(content, Api.as(buyer).get("/api/materials/" + id + "/download/").then().statusCode(200)
                .header("Content-Type", "application/pdf").extract().asByteArray());
        Api.as(buyer).get("/api/materials/" + other + "/").then().statusCode(403).body("", equalTo(NO_PURCHASE));
        Api.as(buyer).get("/api/materials/" + other + "/download/").then().statusCode(403).body("", equalTo(NO_PURCHASE));

        for (var refused : List.of(expired, stranger)) {
            Api.as(refused).get("/api/materials/").then().statusCode(200).body("count", equalTo(0));
            Api.as(refused).get("/api/materials/?lecture=" + lecture.id()).then().statusCode(200).body("count", equalTo(0));
            Api.as(refused).get("/api/materials/" + id + "/").then().statusCode(403).body("", equalTo(NO_PURCHASE));
            Api.as(refused).get("/api/materials/" + id + "/download/").then().statusCode(403).body("", equalTo(NO_PURCHASE));
        }

        // students never write, purchase or not
        upload(buyer, lecture.id(), "x", "x.pdf", pdf("x")).then().statusCode(403).body("", equalTo(NO_PERMISSION));
        Api.as(buyer).body("{\"title\": \"x\"}").put("/api/materials/" + id + "/").then().statusCode(403).body("", equalTo(NO_PERMISSION));
        Api.as(buyer).body("{\"title\": \"x\"}").patch("/api/materials/" + id + "/").then().statusCode(403).body("", equalTo(NO_PERMISSION));
        Api.as(buyer).delete("/api/materials/" + id + "/").then().statusCode(403).body("", equalTo(NO_PERMISSION));

        // a lecture hidden from students hides its materials too, purchase or not
        Db.update("update lectures set is_visible = false where id = ?", lecture.id());
        Api.as(buyer).get("/api/materials/" + id + "/").then().statusCode(404).body("", equalTo(NOT_FOUND));
        Api.as(buyer).get("/api/materials/" + id + "/download/").then().statusCode(404);
        Api.as(buyer).get("/api/materials/").then().statusCode(200).body("count", equalTo(0));
        Db.update("update lectures set is_visible = true where id = ?", lecture.id());

        // a reopened (extended) purchase opens the material again
        Db.update("update lecture_purchases set effective_expiry = ?, extra_days = 3 where student_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofDays(3))), expired.profileId());
        Api.as(expired).get("/api/materials/" + id + "/download/").then().statusCode(200);
        Api.anonymous().get("/api/materials/999999999/").then().statusCode(401);
        Api.as(buyer).get("/api/materials/999999999/").then().statusCode(404).body("", equalTo(NOT_FOUND));
    }

    @Test
    void aSuspendedStudentIsRefusedEvenWithAPurchase() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        long id = uploaded(teacher, lecture.id());
        var student = Fixtures.student();
        Materials.purchase(student, lecture.id(), Duration.ofDays(3));
        Api.as(student).get("/api/materials/" + id + "/").then().statusCode(200);
        Db.update("update students set can_access_course = false where id = ?", student.profileId());
        Api.as(student).get("/api/materials/").then().statusCode(403).body("", equalTo(SUSPENDED));
        Api.as(student).get("/api/materials/" + id + "/").then().statusCode(403).body("", equalTo(SUSPENDED));
        Api.as(student).get("/api/materials/" + id + "/download/").then().statusCode(403).body("", equalTo(SUSPENDED));
    }
}
