package com.edutrack.it.cluster;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.TestEnv;
import io.restassured.specification.RequestSpecification;

/** The two servers of the two-server profile (A: the usual test server, B: its twin on one database and one bucket) and shared fixtures. */
final class Cluster {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final byte[] PDF = "%PDF-1.4\n% two servers\n%%EOF\n".getBytes();

    private Cluster() {
    }

    static String a() {
        return TestEnv.baseUrl();
    }

    static String b() {
        return TestEnv.baseUrlB();
    }

    static RequestSpecification on(String server, Account who) {
        return Api.as(who).baseUri(server);
    }

    static RequestSpecification anonymousOn(String server) {
        return Api.anonymous().baseUri(server);
    }

    static Path wlp() {
        return TestEnv.serverBDir().getParent().getParent().getParent();
    }

    /** The JVM of a Liberty server of this build (its command line names the server and our wlp folder). */
    static ProcessHandle serverProcess(String name) {
        String launcher = wlp().resolve("bin/tools/ws-server.jar").toString();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(launcher) && c.endsWith(" " + name))
                .orElse(false)).findFirst().orElseThrow(() -> new IllegalStateException("no running server " + name));
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static long course(Account teacher) {
        return Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, true, ?, ?)",
                teacher.profileId(), Fixtures.grade(), Fixtures.subject(), Fixtures.unique("course"), now(), now());
    }

    static long lecture(long course) {
        long topic = Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, true, ?, ?)",
                course, Fixtures.unique("topic"), now(), now());
        return Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, ?, ?, ?, 30, true, 0, ?, ?)", topic, Fixtures.unique("lecture"), new BigDecimal("100.00"), BigDecimal.ZERO, now(), now());
    }

    /** A student approved in the course over HTTP on server A. */
    static void enroll(Account student, long course, Account teacher) {
        long id = ((Number) on(a(), student).body(Map.of("course", course)).post("/api/courses/enrollments/")
                .then().statusCode(201).extract().path("id")).longValue();
        on(a(), teacher).body(Map.of()).post("/api/courses/enrollments/" + id + "/approve/").then().statusCode(200);
    }
}
