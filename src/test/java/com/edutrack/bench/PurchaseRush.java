package com.edutrack.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;

/**
 * The purchase rush: N approved students with a balance of 100.00 buy the same 60.00 lecture in the
 * same minute, each sending the purchase twice at once (a double click): every balance row is
 * locked twice. Correct when each student holds exactly one purchase, every balance is 40.00 and
 * the ledger sums to it.
 */
final class PurchaseRush {
    private final Load load;
    private final int students = Integer.getInteger("bench.buyers", 500);

    PurchaseRush(Load load) {
        this.load = load;
    }

    Outcome run(String run, ServerProcess server) throws Exception {
        Account teacher = Fixtures.teacher();
        BenchData.Course course = BenchData.course(teacher.profileId(), "buy-course", 1, 1, 0);
        long lecture = course.lectureIds().get(0);
        String prefix = "buy-" + run;
        List<String> usernames = BenchData.students(prefix, students);
        BenchData.approved(prefix, course.id());
        BenchData.balances(prefix, course.id(), "100.00");
        List<String> tokens = load.signIn(usernames, Fixtures.PASSWORD);

        Outcome o = new Outcome("Purchase rush", String.format("%d students with 100.00 each buy the same 60.00 lecture at once, "
                + "each sending the purchase twice concurrently (%d requests).", students, 2 * students));
        Series series = new Series("POST /api/courses/lectures/{id}/purchase/");
        AtomicInteger created = new AtomicInteger();
        long cpu = server == null ? 0 : server.cpuMillis();
        series.wallNanos = load.run(2 * students, i -> () -> {
            long t0 = System.nanoTime();
            HttpResponse<String> r = Load.send(load.post("/api/courses/lectures/" + lecture + "/purchase/", tokens.get(i / 2), "{}"));
            series.record(t0, r, 201, 400);
            if (r.statusCode() == 201) {
                created.incrementAndGet();
            }
        });
        o.primary = series;
        o.cpu(server, cpu);
        o.rows.add(series);

        long purchases = Db.count("select count(*) from lecture_purchases where lecture_id = ?", lecture);
        long buyers = Db.count("select count(distinct student_id) from lecture_purchases where lecture_id = ?", lecture);
        long wrongBalances = Db.count("select count(*) from course_balances where course_id = ? and balance <> 40.00", course.id());
        long unbalancedLedgers = Db.count("select count(*) from course_balances b where b.course_id = ? and b.balance <> "
                + "(select coalesce(sum(t.amount), 0) from balance_transactions t where t.balance_id = b.id)", course.id());
        o.check(created.get() == students, created.get() + " purchases answered 201 (expected " + students + ")");
        o.check(purchases == students && buyers == students, purchases + " purchases of " + buyers + " students (expected " + students + " each)");
        o.check(wrongBalances == 0, wrongBalances + " balances other than 40.00");
        o.check(unbalancedLedgers == 0, unbalancedLedgers + " ledgers that do not sum to their balance");
        return o;
    }
}
