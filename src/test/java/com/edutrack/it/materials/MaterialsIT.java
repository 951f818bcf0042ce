package com.edutrack.it.materials;

import static com.edutrack.it.materials.Materials.fileKey;
import static com.edutrack.it.materials.Materials.multipart;
import static com.edutrack.it.materials.Materials.pdf;
import static com.edutrack.it.materials.Materials.storedFile;
import static com.edutrack.it.materials.Materials.upload;
import static com.edutrack.it.materials.Materials.uploaded;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Upload, read, download, replace and delete of study materials, and what happens to the files. */
class MaterialsIT {

    @Test
    void uploadedPdfComesBackByteForByteOnlyThroughTheDownloadRoute() throws Exception {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        byte[] content = pdf("round trip");
        Response created = upload(teacher, lecture.id(), "Week 1 notes", "Week 1 notes.pdf", content);
        created.then().statusCode(201)
                .body("lecture", equalTo((int) lecture.id())).body("lecture_name", equalTo(lecture.name()))
                .body("course", equalTo((int) lecture.course())).body("course_name", equalTo(lecture.courseName()))
                .body("title", equalTo("Week 1 notes")).body("description", equalTo("Chapter notes"))
                .body("file_name", equalTo("Week 1 notes.pdf")).body("file_size", equalTo(content.length))
                .body("uploaded_by", equalTo((int) teacher.userId())).body("uploaded_by_name", equalTo(userName(teacher)))
                .body("created_at", equalTo(created.path("updated_at").toString()));
        long id = ((Number) created.path("id")).longValue();
        assertEquals(TestEnv.baseUrl() + "/api/materials/" + id + "/download/", created.path("download_url"));

        String key = fileKey(id);
        assertTrue(key.matches("[0-9a-f]{32}\\.pdf"), key);
        assertArrayEquals(content, Files.readAllBytes(storedFile(key)));
        assertEquals("Week 1 notes.pdf", Db.rows("select file_name from study_materials where id = ?", id).get(0).get("file_name"));

        Response download = Api.as(teacher).accept("application/pdf").get("/api/materials/" + id + "/download/");
        download.then().statusCode(200).header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"Week 1 notes.pdf\"")
                .header("Content-Length", String.valueOf(content.length)).header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(content, download.asByteArray());
        // the JSON Accept header of ordinary API clients does not stop the download either; no trailing slash works too
        assertArrayEquals(content, Api.as(teacher).get("/api/materials/" + id + "/download").then().statusCode(200).extract().asByteArray());

        // nobody reaches the file by guessing where it is stored
        for (String guess : List.of("/media/private/materials/" + key, "/media/materials/" + key, "/media/private/" + key,
                "/media/" + key, "/media/materials/" + key.replace(".pdf", ".png"), "/private/materials/" + key)) {
            assertEquals(404, Api.anonymous().get(guess).statusCode(), guess);
            assertEquals(404, Api.as(teacher).get(guess).statusCode(), guess);
        }
    }

    @Test
    void binaryBodyOfSeveralMegabytesRoundTrips() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        byte[] content = Materials.pdfOfSize(3 * 1024 * 1024 + 7);
        long id = ((Number) upload(teacher, lecture.id(), "Big", "big.PDF", content).then().statusCode(201)
                .body("file_size", equalTo(content.length)).extract().path("id")).longValue();
        assertArrayEquals(content, Api.as(teacher).get("/api/materials/" + id + "/download/").then().statusCode(200).extract().asByteArray());
    }

    @Test
    void downloadNamesAreQuotedSafelyAndNonAsciiNamesUseFilenameStar() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        // sent the way browsers send it: the UTF-8 bytes of the name in the part header
        long arabic = id(Materials.browserMultipart(teacher).multiPart("lecture", String.valueOf(lecture.id())).multiPart("title", "Arabic")
                .multiPart("file", "ملخص الدرس.pdf", pdf("a"), "application/pdf").post("/api/materials/"));
        Api.as(teacher).get("/api/materials/" + arabic + "/").then().statusCode(200).body("file_name", equalTo("ملخص الدرس.pdf"));
        Api.as(teacher).get("/api/materials/" + arabic + "/download/").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"____ _____.pdf\"; filename*=UTF-8''"
                        + "%D9%85%D9%84%D8%AE%D8%B5%20%D8%A7%D9%84%D8%AF%D8%B1%D8%B3.pdf");
        // quotes, backslashes and control characters never reach the quoted name (the stored name is set
        // directly: multipart clients escape such names each in their own way)
        long quoted = uploaded(teacher, lecture.id());
        Db.update("update study_materials set file_name = ? where id = ?", "a\"b\\c;d\r\n.pdf", quoted);
        Api.as(teacher).get("/api/materials/" + quoted + "/download/").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"a_b_c;d__.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd%0D%0A.pdf");
        // a folder part in the sent name is dropped; only the name is kept
        id(upload(teacher, lecture.id(), "Path", "../../etc/summary.pdf", pdf("p")));
        Api.as(teacher).get("/api/materials/?search=Path").then().statusCode(200).body("results[0].file_name", equalTo("summary.pdf"));
    }

    @Test
    void uploadRulesUseTheSeedMessagesAndStoreNothingWhenRefused() throws Exception {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        long filesBefore = storedFileCount();

        multipart(teacher).multiPart("description", "only this").post("/api/materials/").then().statusCode(400)
                .body("lecture[0]", equalTo("This field is required.")).body("title[0]", equalTo("This field is required."))
                .body("file[0]", equalTo("No file was submitted.")).body("size()", equalTo(3));
        upload(teacher, lecture.id(), "x", "notes.xyz", pdf("x")).then().statusCode(400)
                .body("", equalTo(Map.of("file", List.of("File extension 'xyz' is not allowed. Allowed extensions are: pdf."))));
        upload(teacher, lecture.id(), "x", "notes", pdf("x")).then().statusCode(400)
                .body("file[0]", equalTo("File extension '' is not allowed. Allowed extensions are: pdf."));
        upload(teacher, lecture.id(), "x", "picture.pdf", PNG).then().statusCode(400)
                .body("", equalTo(Map.of("file", List.of("The file is not a valid PDF document."))));
        upload(teacher, lecture.id(), "x", "empty.pdf", new byte[0]).then().statusCode(400)
                .body("file[0]", equalTo("The submitted file is empty."));
        upload(teacher, lecture.id(), "t".repeat(201), "a.pdf", pdf("x")).then().statusCode(400)
                .body("title[0]", equalTo("Ensure this field has no more than 200 characters."));
        upload(teacher, lecture.id(), " ", "a.pdf", pdf("x")).then().statusCode(400)
                .body("title[0]", equalTo("This field may not be blank."));
        upload(teacher, 999_999_999L, "x", "a.pdf", pdf("x")).then().statusCode(400)
                .body("lecture[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        multipart(teacher).multiPart("lecture", "abc").multiPart("title", "x").multiPart("file", "a.pdf", pdf("x"), "application/pdf")
                .post("/api/materials/").then().statusCode(400).body("lecture[0]", equalTo("A valid integer is required."));
        Api.as(teacher).body("{\"lecture\": " + lecture.id() + ", \"title\": \"x\", \"file\": \"JVBERi0=\"}").post("/api/materials/")
                .then().statusCode(400).body("file[0]", equalTo("The submitted data was not a file. Check the encoding type on the form."));

        // just over 50 MB: the seed's 400, not a 413 or 500 from the server
        byte[] tooLarge = Materials.pdfOfSize(50 * 1024 * 1024 + 1);
        upload(teacher, lecture.id(), "x", "big.pdf", tooLarge).then().statusCode(400)
                .body("", equalTo(Map.of("file", List.of("File too large. Size should not exceed 50 MB."))));

        assertEquals(0, Db.count("select count(*) from study_materials where lecture_id = ?", lecture.id()));
        assertEquals(filesBefore, storedFileCount());
    }

    @Test
    void exactlyFiftyMegabytesIsAccepted() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        byte[] limit = Materials.pdfOfSize(50 * 1024 * 1024);
        long id = id(upload(teacher, lecture.id(), "Limit", "limit.pdf", limit));
        byte[] back = Api.as(teacher).get("/api/materials/" + id + "/download/").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(limit, back);
        Api.as(teacher).delete("/api/materials/" + id + "/").then().statusCode(204);
    }

    @Test
    void putAndPatchReplaceFieldsAndTheFile() throws Exception {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        var other = Materials.lectureIn(lecture.course(), lecture.courseName());
        long id = uploaded(teacher, lecture.id());
        String oldKey = fileKey(id);
        byte[] replacement = pdf("second edition");

        multipart(teacher).multiPart("description", "no title").put("/api/materials/" + id + "/").then().statusCode(400)
                .body("title[0]", equalTo("This field is required."));
        multipart(teacher).multiPart("title", "x").multiPart("file", "photo.pdf", PNG, "application/pdf").put("/api/materials/" + id + "/")
                .then().statusCode(400).body("file[0]", equalTo("The file is not a valid PDF document."));
        multipart(teacher).multiPart("title", "x").multiPart("file", "").put("/api/materials/" + id + "/")
                .then().statusCode(400).body("file[0]", equalTo("No file was submitted."));
        assertTrue(Files.exists(storedFile(oldKey)), "a refused update keeps the file");
        Api.as(teacher).get("/api/materials/" + id + "/").then().statusCode(200).body("title", equalTo("Notes"));

        multipart(teacher).multiPart("title", "Notes v2").multiPart("file", "v2.pdf", replacement, "application/pdf")
                .put("/api/materials/" + id + "/").then().statusCode(200)
                .body("title", equalTo("Notes v2")).body("description", equalTo("Chapter notes"))
                .body("file_name", equalTo("v2.pdf")).body("file_size", equalTo(replacement.length));
        String newKey = fileKey(id);
        assertNotEquals(oldKey, newKey);
        assertFalse(Files.exists(storedFile(oldKey)), "the replaced file is deleted");
        assertArrayEquals(replacement, Api.as(teacher).get("/api/materials/" + id + "/download/").then().statusCode(200).extract().asByteArray());

        Api.as(teacher).body("{\"description\": \"\"}").patch("/api/materials/" + id + "/").then().statusCode(200)
                .body("title", equalTo("Notes v2")).body("description", nullValue()).body("file_name", equalTo("v2.pdf"));
        Api.as(teacher).body("{\"title\": \"Moved\", \"lecture\": " + other.id() + "}").put("/api/materials/" + id).then().statusCode(200)
                .body("lecture", equalTo((int) other.id())).body("title", equalTo("Moved"));
        assertEquals(newKey, fileKey(id));
        assertTrue(Files.exists(storedFile(newKey)));
    }

    @Test
    void deleteRemovesRowAndFile() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        long id = uploaded(teacher, lecture.id());
        String key = fileKey(id);
        assertTrue(Files.exists(storedFile(key)));
        Api.as(teacher).delete("/api/materials/" + id + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from study_materials where id = ?", id));
        assertFalse(Files.exists(storedFile(key)));
        Api.as(teacher).get("/api/materials/" + id + "/").then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(teacher).get("/api/materials/" + id + "/download/").then().statusCode(404).body("detail", equalTo("Not found."));
        Api.as(teacher).delete("/api/materials/" + id + "/").then().statusCode(404);
    }

    @Test
    void deletingALectureTakesItsMaterialsAndFilesWithIt() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        long first = uploaded(teacher, lecture.id());
        long second = uploaded(teacher, lecture.id());
        List<String> keys = List.of(fileKey(first), fileKey(second));
        Api.as(teacher).delete("/api/courses/lectures/" + lecture.id() + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from study_materials where lecture_id = ?", lecture.id()));
        keys.forEach(k -> assertFalse(Files.exists(storedFile(k)), k));

        var topicLecture = Materials.lecture(teacher);
        long third = uploaded(teacher, topicLecture.id());
        String key = fileKey(third);
        Api.as(teacher).delete("/api/courses/topics/" + topicLecture.topic() + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from study_materials where id = ?", third));
        assertFalse(Files.exists(storedFile(key)));
    }

    @Test
    void buyersAreNotifiedOfNewMaterial() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        var buyer = Fixtures.student();
        var expired = Fixtures.student();
        var bystander = Fixtures.student();
        Materials.purchase(buyer, lecture.id(), Duration.ofDays(10));
        Materials.purchase(expired, lecture.id(), Duration.ofDays(-1));
        long id = id(upload(teacher, lecture.id(), "Revision sheet", "rev.pdf", pdf("r")));

        Api.as(buyer).get("/api/notifications/").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].notification_type", equalTo("material_added"))
                .body("results[0].title", equalTo("New study material"))
                .body("results[0].message", equalTo("\"Revision sheet\" was added to the lecture \"" + lecture.name() + "\"."))
                .body("results[0].metadata.material_id", equalTo((int) id))
                .body("results[0].metadata.lecture_id", equalTo((int) lecture.id()))
                .body("results[0].metadata.course_id", equalTo((int) lecture.course()));
        Api.as(expired).get("/api/notifications/").then().statusCode(200).body("count", equalTo(0));
        Api.as(bystander).get("/api/notifications/").then().statusCode(200).body("count", equalTo(0));
        Api.as(teacher).get("/api/notifications/").then().statusCode(200).body("count", equalTo(0));

        // an update is not news; a refused upload notifies nobody
        Api.as(teacher).body("{\"title\": \"Revision sheet 2\"}").patch("/api/materials/" + id + "/").then().statusCode(200);
        upload(teacher, lecture.id(), "x", "x.txt", pdf("x")).then().statusCode(400);
        Api.as(buyer).get("/api/notifications/").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void listFiltersSearchesOrdersAndPages() {
        var teacher = Fixtures.teacher();
        var lecture = Materials.lecture(teacher);
        var second = Materials.lectureIn(lecture.course(), lecture.courseName());
        var otherCourse = Materials.lecture(teacher);
        id(upload(teacher, lecture.id(), "Algebra basics", "alg.pdf", pdf("1")));
        id(upload(teacher, second.id(), "Geometry", "geo.pdf", pdf("2")));
        id(upload(teacher, otherCourse.id(), "Calculus", "calc.pdf", pdf("3")));

        Api.as(teacher).get("/api/materials/").then().statusCode(200).body("count", equalTo(3))
                .body("next", nullValue()).body("previous", nullValue())
                .body("results.title", equalTo(List.of("Calculus", "Geometry", "Algebra basics")));
        Api.as(teacher).get("/api/materials/?ordering=title").then().body("results.title", equalTo(List.of("Algebra basics", "Calculus", "Geometry")));
        Api.as(teacher).get("/api/materials/?lecture=" + second.id()).then().body("results.title", equalTo(List.of("Geometry")));
        Api.as(teacher).get("/api/materials/?course=" + lecture.course()).then().body("count", equalTo(2));
        Api.as(teacher).get("/api/materials/?search=ALGEBRA").then().body("results.title", equalTo(List.of("Algebra basics")));
        Api.as(teacher).get("/api/materials/?search=calc.pdf").then().body("results.title", equalTo(List.of("Calculus")));
        Api.as(teacher).get("/api/materials/?search=" + second.name()).then().body("results.title", equalTo(List.of("Geometry")));
        Api.as(teacher).get("/api/materials/?page_size=2").then().body("results", hasSize(2))
                .body("next", equalTo(TestEnv.baseUrl() + "/api/materials/?page_size=2&page=2"));
        Api.as(teacher).get("/api/materials/?all=true").then().body("count", equalTo(3)).body("results", hasSize(3));
        Api.as(teacher).get("/api/materials/?lecture=abc").then().statusCode(400).body("lecture[0]", equalTo("Enter a number."));
    }

    @Test
    void listStatementsDoNotGrowWithMaterials() {
        var teacher = Fixtures.teacher();
        var small = Materials.lecture(teacher);
        var large = Materials.lecture(teacher);
        var student = Fixtures.student();
        Materials.purchase(student, small.id(), Duration.ofDays(5));
        Materials.purchase(student, large.id(), Duration.ofDays(5));
        insertMaterials(teacher, small.id(), 2);
        insertMaterials(Fixtures.assistant(teacher), large.id(), 30);
        var owner = Fixtures.siteOwner();
        for (var who : List.of(teacher, student, owner)) {
            int few = Materials.statements(Api.as(who).get("/api/materials/?lecture=" + small.id()));
            int many = Materials.statements(Api.as(who).get("/api/materials/?lecture=" + large.id()));
            assertEquals(few, many, who.role());
        }
        Api.as(student).get("/api/materials/?lecture=" + large.id()).then().body("count", equalTo(30)).body("results", hasSize(30));
    }

    /** Rows written straight into the table (the list does not read the files). */
    private static void insertMaterials(Fixtures.Account uploader, long lecture, int count) {
        for (int i = 0; i < count; i++) {
            java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
            Db.insert("insert into study_materials(lecture_id, title, file_key, file_name, file_size, uploaded_by, created_at, updated_at) "
                    + "values (?, ?, ?, 'x.pdf', 10, ?, ?, ?)", lecture, "m" + i, java.util.UUID.randomUUID().toString().replace("-", "") + ".pdf",
                    uploader.userId(), now, now);
        }
    }

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    static long id(Response r) {
        return ((Number) r.then().log().ifValidationFails().statusCode(201).extract().path("id")).longValue();
    }

    private static String userName(Fixtures.Account a) {
        return (String) Db.rows("select name from users where id = ?", a.userId()).get(0).get("name");
    }

    private static long storedFileCount() throws Exception {
        var dir = storedFile("x").getParent();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }
}
