package com.edutrack.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;

/**
 * A normal day: signed-in students open their course's topics, a topic's lectures, a lecture's
 * videos and their notifications (read-heavy). Correct when every list has the rows the students
 * may see.
 */
final class Browsing {
    private static final int TOPICS = 3;
    private static final int LECTURES = 3;
    private static final int VIDEOS = 2;
    private static final int NOTIFICATIONS = 6;

    private final Load load;
    private final int students = Integer.getInteger("bench.browsers", 1000);
    private final int warmup = Integer.getInteger("bench.warmup", 100);

    Browsing(Load load) {
        this.load = load;
    }

    Outcome run(String run, ServerProcess server) throws Exception {
        Account teacher = Fixtures.teacher();
        BenchData.Course course = BenchData.course(teacher.profileId(), "browse-course", TOPICS, LECTURES, VIDEOS);
        String prefix = "browse-" + run;
        List<String> usernames = BenchData.students(prefix, students + warmup);
        BenchData.approved(prefix, course.id());
        for (long lecture : course.lectureIds()) {
            BenchData.purchases(prefix, lecture);
        }
        BenchData.notifications(prefix, NOTIFICATIONS);
        List<String> tokens = load.signIn(usernames, Fixtures.PASSWORD);

        browse(course, tokens.subList(students, tokens.size()), new Series("warm-up"), new AtomicInteger());
        Outcome o = new Outcome("Browsing", String.format("%d signed-in students each open their course's topics, one topic's lectures, "
                + "one lecture's videos and their notifications (4 GETs); %d warm-up students first.", students, warmup));
        Series series = new Series("GET topics, lectures, videos, notifications");
        AtomicInteger wrongCounts = new AtomicInteger();
        long cpu = server == null ? 0 : server.cpuMillis();
        series.wallNanos = browse(course, tokens.subList(0, students), series, wrongCounts);
        o.primary = series;
        o.cpu(server, cpu);
        o.rows.add(series);
        o.check(series.errors.get() == 0 && series.count() == 4 * students, series.count() + " answers, " + series.errors.get() + " errors");
        o.check(wrongCounts.get() == 0, wrongCounts.get() + " lists with a wrong number of rows");
        return o;
    }

    private long browse(BenchData.Course course, List<String> tokens, Series series, AtomicInteger wrongCounts) throws Exception {
        long topic = course.topicIds().get(0);
        long lecture = course.lectureIds().get(0);
        return load.run(tokens.size() * 4, i -> () -> {
            String token = tokens.get(i / 4);
            String path;
            int expected;
            switch (i % 4) {
                case 0 -> { path = "/api/courses/topics/?course=" + course.id(); expected = TOPICS; }
                case 1 -> { path = "/api/courses/lectures/?topic=" + topic; expected = LECTURES; }
                case 2 -> { path = "/api/courses/videos/?lecture=" + lecture; expected = VIDEOS; }
                default -> { path = "/api/notifications/"; expected = NOTIFICATIONS; }
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = Load.send(load.get(path, token));
            series.record(t0, r, 200);
            if (r.statusCode() == 200 && Load.JSON.readTree(r.body()).path("count").asInt(-1) != expected) {
                wrongCounts.incrementAndGet();
            }
        });
    }
}
