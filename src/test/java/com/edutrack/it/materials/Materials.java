package com.edutrack.it.materials;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.TestEnv;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;

/** Lectures, purchases, PDFs and uploads for the study material tests. */
final class Materials {
    private Materials() {
    }

    /** A lecture of its own course and topic: {@code lecture}, {@code course} ids. */
    record Lecture(long id, long course, long topic, String name, String courseName) {
    }

    static Lecture lecture(Fixtures.Account teacher) {
        Timestamp now = Timestamp.from(Instant.now());
        String courseName = Fixtures.unique("course");
        long course = Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, true, ?, ?)",
                teacher.profileId(), Fixtures.grade(), Fixtures.subject(), courseName, now, now);
        return lectureIn(course, courseName);
    }

    /** Another lecture (in a new topic) of the same course. */
    static Lecture lectureIn(long course, String courseName) {
        Timestamp now = Timestamp.from(Instant.now());
        long topic = Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, true, ?, ?)",
                course, Fixtures.unique("topic"), now, now);
        String name = Fixtures.unique("lecture");
        long id = Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, ?, 100.00, 0, 30, true, 0, ?, ?)", topic, name, now, now);
        return new Lecture(id, course, topic, name, courseName);
    }

    /** A purchase that ends {@code remaining} from now (negative: already expired). */
    static long purchase(Fixtures.Account student, long lecture, Duration remaining) {
        Instant end = Instant.now().plus(remaining);
        return Db.insert("insert into lecture_purchases (student_id, lecture_id, amount_paid, purchased_at, expires_at, effective_expiry, extra_days) "
                        + "values (?,?,?,?,?,?,0)", student.profileId(), lecture, new java.math.BigDecimal("100.00"),
                Timestamp.from(end.minus(Duration.ofDays(30))), Timestamp.from(end), Timestamp.from(end));
    }

    /**
     * A small but real PDF (header, one empty page, xref, trailer) with the binary comment line
     * PDF writers put after the header, so a round trip also proves the bytes are not re-encoded.
     */
    static byte[] pdf(String marker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        String[] objects = {
            "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Title (" + marker + ") >>\nendobj\n"};
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.size();
            out.writeBytes(objects[i].getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            tail.append(String.format("%010d 00000 n \n", offset));
        }
        tail.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A PDF header followed by {@code size} bytes in all 256 values (a binary body of a given size). */
    static byte[] pdfOfSize(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + (i >> 8));
        }
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 9);
        return b;
    }

    static RequestSpecification multipart(Fixtures.Account who) {
        return Api.as(who).contentType("multipart/form-data");
    }

    /** Multipart as browsers write it: part headers (the file name) in UTF-8 rather than ASCII. */
    static RequestSpecification browserMultipart(Fixtures.Account who) {
        return multipart(who).config(RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    static Response upload(Fixtures.Account who, long lecture, String title, String fileName, byte[] content) {
        return multipart(who).multiPart("lecture", String.valueOf(lecture)).multiPart("title", title)
                .multiPart("description", "Chapter notes").multiPart("file", fileName, content, "application/pdf")
                .post("/api/materials/");
    }

    /** Uploads a PDF and returns the new material's id. */
    static long uploaded(Fixtures.Account who, long lecture) {
        return ((Number) upload(who, lecture, "Notes", "notes.pdf", pdf("notes")).then().statusCode(201).extract().path("id")).longValue();
    }

    static String fileKey(long material) {
        return (String) Db.rows("select file_key from study_materials where id = ?", material).get(0).get("file_key");
    }

    /** Where the test bucket keeps the object of a material (S3Proxy stores each object as a plain file). */
    static Path storedFile(String key) {
        return TestEnv.s3Data().resolve("private/materials").resolve(key);
    }

    static int statements(Response r) {
        return Integer.parseInt(r.then().statusCode(200).extract().header("X-Sql-Statements"));
    }
}
