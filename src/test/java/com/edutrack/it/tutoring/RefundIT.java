package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Student refund requests, the admin's decisions and full refunds, and what a cancel does with the money. */
class RefundIT {

    private static Response request(Account student, String enrollmentId) {
        return Api.as(student).body(Map.of("enrollmentId", enrollmentId, "reason", "not for me", "status", "approved",
                "firstLessonCompleted", false, "adminNote", "client note")).post("/v1/refundrequests");
    }

    private static long requests(String enrollmentId) {
        return Db.count("select count(*) from refund_requests where enrollment_id = ?", UUID.fromString(enrollmentId));
    }

    @Test
    void onlyAfterExactlyOneCompletedLessonAndProRated() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 3, 3, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        String pi = StripeDouble.intentId(id, 1);

        // Zero completed lessons: not eligible, nothing stored, nothing sent.
        err(request(student, id), 400, "errMsg_RefundNotEligible");
        assertEquals(0, requests(id));
        assertEquals(0, StripeDouble.refunds(pi).size());
        err(request(Fixtures.student(), id), 403, "errMsg_NotAllowed");

        Payments.complete(pack, pack.slotIds().subList(0, 1));
        Account admin = Fixtures.siteOwner();
        String requestId = ok(request(student, id), 201, "refundRequest").body("action", equalTo("create"))
                .body("refundRequest.status", equalTo("autoApproved")).body("refundRequest.status_idx", equalTo(3))
                .body("refundRequest.enrollmentId", equalTo(id)).body("refundRequest.requestedBy", equalTo(student.uuid().toString()))
                .body("refundRequest.firstLessonCompleted", equalTo(true)).body("refundRequest.adminNote", nullValue())
                .body("refundRequest.processedAt", notNullValue()).body("refundRequest.reason", equalTo("not for me"))
                .body("refundRequest.refundAmount", equalTo(80.33f)).body("refundRequest.currency", equalTo("USD"))
                .extract().path("refundRequest.id");
        // 120.50 USD for 3 lessons, 2 not taken: 12050 * 2 / 3 = 8033 cents (rounded down).
        List<LoggedRequest> sent = StripeDouble.refunds(pi);
        assertEquals(1, sent.size());
        assertEquals("8033", StripeDouble.form(sent.get(0)).get("amount"));
        assertEquals("refundrequest-" + requestId + "-1", sent.get(0).getHeader("Idempotency-Key"));
        assertEquals(requestId, StripeDouble.form(sent.get(0)).get("metadata[refundRequestId]"));
        Map<String, Object> row = Payments.enrollmentRow(id);
        assertEquals("refunded", row.get("payment_status"));
        assertEquals("processed", row.get("refund_status"));
        assertEquals("canceled", row.get("enrollment_status"));
        assertEquals("completed", Tutoring.slotStatus(pack.slotIds().get(0)));
        assertEquals("available", Tutoring.slotStatus(pack.slotIds().get(1)));
        assertEquals("available", Tutoring.slotStatus(pack.slotIds().get(2)));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", id));
        assertEquals(1, Payments.notifications(pack.tutor().account(), "tutoring_refund_processed", id));
        assertEquals(1, Payments.notifications(admin, "tutoring_refund_processed", id));
        err(request(student, id), 409, "errMsg_RefundAlreadyRequested");

        // Two completed lessons: too late.
        Pack two = Tutoring.pack(Tutoring.tutor(), 3, 3, false);
        String late = Payments.paidEnrollment(student, two, two.slotIds());
        Payments.complete(two, two.slotIds().subList(0, 2));
        err(request(student, late), 400, "errMsg_RefundNotEligible");
        assertEquals(0, requests(late));
        // Unpaid: not eligible either.
        Pack unpaid = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        err(request(student, Tutoring.enroll(student, unpaid, unpaid.slotIds())), 400, "errMsg_RefundNotEligible");
        err(Api.as(student).body(Map.of("enrollmentId", late)).post("/v1/refundrequests"), 400, "errMsg_ReasonIsRequired");
    }

    @Test
    void proRatedAmountsUseEachCurrencysMinorUnit() {
        Account student = Fixtures.student();
        for (Object[] c : new Object[][] {{"EGP", "100", "6666", 66.66f}, {"JPY", "1000", "666", 666f}}) {
            Pack pack = Tutoring.pack(Tutoring.tutor(), 3, 3, false, new BigDecimal((String) c[1]), (String) c[0]);
            String id = Payments.paidEnrollment(student, pack, pack.slotIds());
            Payments.complete(pack, pack.slotIds().subList(0, 1));
            ok(request(student, id), 201, "refundRequest").body("refundRequest.refundAmount", equalTo(c[3]))
                    .body("refundRequest.currency", equalTo(c[0]));
            assertEquals(c[2], StripeDouble.form(StripeDouble.refunds(StripeDouble.intentId(id, 1)).get(0)).get("amount"));
        }
    }

    @Test
    void aDoubleClickMakesOneStripeRefund() throws Exception {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        Payments.complete(pack, pack.slotIds().subList(0, 1));
        Api.token(student);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return request(student, id);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> call : calls) {
            Response r = call.get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 409) {
                err(r, 409, "errMsg_RefundAlreadyRequested");
            }
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(4, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, StripeDouble.refunds(StripeDouble.intentId(id, 1)).size(), "one Stripe refund in the double's journal");
        assertEquals(1, requests(id));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", id));
    }

    @Test
    void aRefusedRefundWaitsForTheAdminWhoRetriesOrRejects() {
        Account admin = Fixtures.siteOwner();
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        String pi = StripeDouble.intentId(id, 1);
        Payments.complete(pack, pack.slotIds().subList(0, 1));
        StripeDouble.refundRefused(pi);
        String requestId = ok(request(student, id), 201, "refundRequest").body("refundRequest.status", equalTo("pending"))
                .body("refundRequest.processedAt", nullValue())
                .body("refundRequest.adminNote", containsString("This charge has been disputed")).extract().path("refundRequest.id");
        Map<String, Object> row = Payments.enrollmentRow(id);
        assertEquals("paid", row.get("payment_status"));
        assertEquals("eligible", row.get("refund_status"));
        assertEquals("active", row.get("enrollment_status"));
        assertEquals(0, Payments.notifications(student, "tutoring_refund_processed", id));

        for (Account caller : List.of(student, pack.tutor().account(), Fixtures.student())) {
            err(Api.as(caller).body(Map.of("status", "approved")).patch("/v1/refundrequests/" + requestId), 403, "errMsg_NotAllowed");
        }
        err(Api.as(admin).body(Map.of("status", "autoApproved")).patch("/v1/refundrequests/" + requestId), 400, "errMsg_StatusIsNotValid");
        err(Api.as(admin).body(Map.of("status", "nope")).patch("/v1/refundrequests/" + requestId), 400, "errMsg_StatusIsNotValid");

        // Retry after the dispute is settled: a new idempotency key, since Stripe replays its refusal for the old one.
        StripeDouble.refundSucceeds(pi, "re_after_dispute_" + pi.substring(3));
        ok(Api.as(admin).body(Map.of("status", "approved", "adminNote", "dispute closed", "processedAt", "2020-01-01T00:00:00Z"))
                .patch("/v1/refundrequests/" + requestId), 200, "refundRequest")
                .body("refundRequest.status", equalTo("approved")).body("refundRequest.adminNote", equalTo("dispute closed"))
                .body("refundRequest.processedAt", org.hamcrest.Matchers.not(equalTo("2020-01-01T00:00:00Z")));
        assertEquals(List.of("refundrequest-" + requestId + "-1", "refundrequest-" + requestId + "-2"),
                StripeDouble.refunds(pi).stream().map(r -> r.getHeader("Idempotency-Key")).toList());
        assertEquals("refunded", Payments.enrollmentRow(id).get("payment_status"));
        assertEquals("canceled", Payments.enrollmentRow(id).get("enrollment_status"));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", id));
        err(Api.as(admin).body(Map.of("status", "rejected")).patch("/v1/refundrequests/" + requestId), 409, "errMsg_RefundRequestNotPending");

        // Rejection: the enrollment goes on, its refund is marked ineligible.
        Pack other = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        String kept = Payments.paidEnrollment(student, other, other.slotIds());
        Payments.complete(other, other.slotIds().subList(0, 1));
        StripeDouble.refundRefused(StripeDouble.intentId(kept, 1));
        String rejected = ok(request(student, kept), 201, "refundRequest").extract().path("refundRequest.id");
        ok(Api.as(admin).body(Map.of("status", "rejected", "adminNote", "disputed charge")).patch("/v1/refundrequests/" + rejected), 200, "refundRequest")
                .body("refundRequest.status", equalTo("rejected")).body("refundRequest.processedAt", notNullValue());
        row = Payments.enrollmentRow(kept);
        assertEquals("active", row.get("enrollment_status"));
        assertEquals("ineligible", row.get("refund_status"));
        assertEquals("booked", Tutoring.slotStatus(other.slotIds().get(1)));
    }

    @Test
    void adminRefundIsAFullRefundAndCancel() {
        Account admin = Fixtures.siteOwner();
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        String pi = StripeDouble.intentId(id, 1);
        Map<String, Object> body = Map.of("enrollmentId", id, "reason", "tutor banned");
        for (Account caller : List.of(student, pack.tutor().account())) {
            err(Api.as(caller).body(body).post("/v1/adminrefundenrollment"), 403, "errMsg_NotAllowed");
        }
        Api.anonymous().body(body).post("/v1/adminrefundenrollment").then().statusCode(401);

        ok(Api.as(admin).body(body).post("/v1/adminrefundenrollment"), 201, "refundRequest").body("action", equalTo("create"))
                .body("refundRequest.status", equalTo("autoApproved")).body("refundRequest.requestedBy", equalTo(admin.uuid().toString()))
                .body("refundRequest.firstLessonCompleted", equalTo(false)).body("refundRequest.refundAmount", equalTo(120.5f))
                .body("refundRequest.reason", equalTo("tutor banned"));
        List<LoggedRequest> sent = StripeDouble.refunds(pi);
        assertEquals(1, sent.size());
        assertEquals("12050", StripeDouble.form(sent.get(0)).get("amount"));
        Map<String, Object> row = Payments.enrollmentRow(id);
        assertEquals("refunded", row.get("payment_status"));
        assertEquals("processed", row.get("refund_status"));
        assertEquals("canceled", row.get("enrollment_status"));
        pack.slotIds().forEach(s -> assertEquals("available", Tutoring.slotStatus(s)));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_canceled", id));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", id));
        assertEquals(1, Payments.notifications(pack.tutor().account(), "tutoring_refund_processed", id));

        err(Api.as(admin).body(body).post("/v1/adminrefundenrollment"), 409, "errMsg_RefundAlreadyRequested");
        Pack unpaid = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        err(Api.as(admin).body(Map.of("enrollmentId", Tutoring.enroll(student, unpaid, unpaid.slotIds()))).post("/v1/adminrefundenrollment"),
                400, "errMsg_EnrollmentNotPaid");
        err(Api.as(admin).body(Map.of("enrollmentId", UUID.randomUUID())).post("/v1/adminrefundenrollment"), 404, "errMsg_EnrollmentNotFound");
        assertEquals(1, StripeDouble.refunds(pi).size());
    }

    @Test
    void cancelRefundsPaidEnrollmentsAndNeverClaimsARefundThatDidNotHappen() {
        Account admin = Fixtures.siteOwner();
        Account student = Fixtures.student();
        // Stripe says the charge was refunded already: that counts as done.
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String done = Payments.paidEnrollment(student, pack, pack.slotIds());
        StripeDouble.refundAlreadyRefunded(StripeDouble.intentId(done, 1));
        ok(Api.as(admin).body(Map.of("cancelReason", "tutor ill")).patch("/v1/cancelenrollment/" + done), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("refunded")).body("enrollment.refundStatus", equalTo("processed"))
                .body("enrollment.enrollmentStatus", equalTo("canceled"));
        assertEquals("enrollment-" + done + "-refund-1", StripeDouble.refunds(StripeDouble.intentId(done, 1)).get(0).getHeader("Idempotency-Key"));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_canceled", done));
        assertEquals(1, Payments.notifications(pack.tutor().account(), "tutoring_enrollment_canceled", done));
        assertEquals(1, Payments.notifications(admin, "tutoring_refund_processed", done));

        // Stripe refuses: canceled all the same, but the money is recorded as owed, not refunded.
        Pack second = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String owed = Payments.paidEnrollment(student, second, second.slotIds());
        String pi = StripeDouble.intentId(owed, 1);
        StripeDouble.refundRefused(pi);
        ok(Api.as(admin).body(Map.of("cancelReason", "course removed")).patch("/v1/cancelenrollment/" + owed), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("paid")).body("enrollment.refundStatus", equalTo("eligible"))
                .body("enrollment.enrollmentStatus", equalTo("canceled"));
        assertEquals("available", Tutoring.slotStatus(second.slotIds().get(0)));
        assertEquals(0, Payments.notifications(student, "tutoring_refund_processed", owed));
        // The admin settles the owed refund later (a refund request of its own, so its own idempotency key).
        StripeDouble.refundSucceeds(pi, "re_settled_" + pi.substring(3));
        ok(Api.as(admin).body(Map.of("enrollmentId", owed, "reason", "settle")).post("/v1/adminrefundenrollment"), 201, "refundRequest")
                .body("refundRequest.status", equalTo("autoApproved"));
        assertEquals("refunded", Payments.enrollmentRow(owed).get("payment_status"));
        assertEquals("processed", Payments.enrollmentRow(owed).get("refund_status"));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", owed));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_canceled", owed));
    }

    @Test
    void listsAndGetsFollowWhoMaySee() {
        Account admin = Fixtures.siteOwner();
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        Payments.complete(pack, pack.slotIds().subList(0, 1));
        String requestId = ok(request(student, id), 201, "refundRequest").extract().path("refundRequest.id");

        ok(Api.as(student).get("/v1/refundrequests/" + requestId), 200, "refundRequest").body("action", equalTo("get"))
                .body("refundRequest.enrollment.coursePackId", equalTo(pack.id())).body("refundRequest.enrollment.studentId", equalTo(student.uuid().toString()))
                .body("refundRequest.coursePack.title", notNullValue()).body("refundRequest.requester.email", equalTo(student.username() + "@gmail.com"))
                .body("refundRequest.isActive", equalTo(true));
        ok(Api.as(pack.tutor().account()).get("/v1/refundrequests/" + requestId), 200, "refundRequest");
        ok(Api.as(admin).get("/v1/refundrequests/" + requestId + "?getJoins=false"), 200, "refundRequest").body("refundRequest.enrollment", nullValue());
        err(Api.as(Fixtures.student()).get("/v1/refundrequests/" + requestId), 403, "errMsg_NotAllowed");
        err(Api.as(Tutoring.tutor().account()).get("/v1/refundrequests/" + requestId), 403, "errMsg_NotAllowed");
        Api.anonymous().get("/v1/refundrequests/" + requestId).then().statusCode(401);
        err(Api.as(admin).get("/v1/refundrequests/" + UUID.randomUUID()), 404, "errMsg_RefundRequestNotFound");

        okList(Api.as(student).get("/v1/refundrequests"), "refundRequests").body("refundRequests.id", equalTo(List.of(requestId)))
                .body("refundRequests[0].enrollment.totalAmount", equalTo(120.5f)).body("refundRequests[0].enrollment.currency", equalTo("USD"));
        okList(Api.as(pack.tutor().account()).get("/v1/refundrequests"), "refundRequests").body("refundRequests.id", equalTo(List.of(requestId)));
        okList(Api.as(Fixtures.student()).get("/v1/refundrequests"), "refundRequests").body("paging.totalRowCount", equalTo(0));
        okList(Api.as(admin).get("/v1/refundrequests?enrollmentId=" + id), "refundRequests").body("refundRequests.id", equalTo(List.of(requestId)));
        okList(Api.as(admin).get("/v1/refundrequests?status=rejected&enrollmentId=" + id), "refundRequests").body("paging.totalRowCount", equalTo(0));
        Api.anonymous().get("/v1/refundrequests").then().statusCode(401);
        err(Api.as(Fixtures.assistant(Fixtures.teacher())).get("/v1/refundrequests"), 403, "errMsg_NotAllowed");
    }

    @Test
    void refundRequestListCostsTheSameStatementsForFewAndMany() {
        Pack small = Tutoring.pack(Tutoring.tutor(), 2, 0, false);
        Pack big = Tutoring.pack(Tutoring.tutor(), 2, 0, false);
        insertRequests(small, 2);
        insertRequests(big, 12);
        int few = statements(small, 2);
        int many = statements(big, 12);
        assertEquals(few, many, "statements for 2 and 12 rows");
    }

    /** The pack's tutor lists every request of it (pageNumber=0: all rows, joins included). */
    private static int statements(Pack pack, int rows) {
        Response r = Api.as(pack.tutor().account()).get("/v1/refundrequests?pageNumber=0");
        okList(r, "refundRequests").body("paging.totalRowCount", equalTo(rows)).body("refundRequests[0].coursePack.title", notNullValue())
                .body("refundRequests[0].requester.fullname", notNullValue());
        return Integer.parseInt(r.header("X-Sql-Statements"));
    }

    /** Refund requests written straight to the database, each on its own paid enrollment of the pack (distinct students). */
    private static void insertRequests(Pack pack, int n) {
        for (int i = 0; i < n; i++) {
            Account student = Fixtures.student();
            UUID enrollment = Tutoring.insertEnrollment(pack, student.uuid(), null, "canceled", "paid", java.time.Instant.now());
            java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
            Db.update("insert into refund_requests(id, enrollment_id, requested_by, requested_at, status, reason, first_lesson_completed, amount_minor,"
                            + " currency, stripe_attempt, is_active, created_at, updated_at, record_version)"
                            + " values (?, ?, ?, ?, 'pending', 'volume', true, 100, 'USD', 0, true, ?, ?, 0)",
                    UUID.randomUUID(), enrollment, student.uuid(), now, now, now);
        }
    }
}
