package com.edutrack.tutoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.Requests.CancelBody;
import com.edutrack.tutoring.Requests.CleanupBody;
import com.edutrack.tutoring.Requests.CompletionBody;
import com.edutrack.tutoring.Requests.CourseRemovalBody;
import com.edutrack.tutoring.Requests.CreateEnrollmentBody;
import com.edutrack.tutoring.Requests.TutorBanBody;
import com.edutrack.tutoring.TutoringEnums.PaymentConfirmation;
import com.edutrack.platform.config.AppConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Enrollment routes of the tutoring guide (payments and refunds: package {@code payments}). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
    @Inject
    EnrollmentService enrollments;
    @Inject
    EnrollmentLifecycleService lifecycle;
    @Inject
    Callers callers;
    @Inject
    AppConfig config;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;
    @Context
    UriInfo uri;

    @POST
    @Path("/enrollments")
    @Allow(Role.STUDENT)
    @Operation(description = "A student books a pack with exactly lessonCount available slots of that pack. totalAmount and currency "
            + "must equal the pack's price and currency (the server's values are stored; a different client value is 400). "
            + "A pack requiring a preliminary meeting needs a passed one. One pending/active enrollment per student and pack (409). "
            + "Slots are locked and booked in the same transaction: of students racing for a slot exactly one wins, the others get "
            + "409 errMsg_LessonSlotNotAvailable. The enrollment starts pending/pending/notRequested, paymentConfirmation pending.")
    public Response create(CreateEnrollmentBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "enrollment", Views.enrollment(enrollments.create(body))));
    }

    @GET
    @Path("/enrollments/{id}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The enrollment's student, the pack's tutor or an admin; with coursePack, lessonSlots, student and "
            + "tutorProfile joined (getJoins=false leaves them out). Anyone else gets 403.")
    public Response get(@PathParam("id") UUID id) {
        boolean joins = TutoringPage.from(uri).getJoins();
        return tx.respond(() -> {
            Enrollment e = enrollments.get(id);
            Map<String, Object> data = joins ? Views.enrollmentWithJoins(e, enrollments.students(List.of(e)).get(e.getStudentId())) : Views.enrollment(e);
            return envelopes.one(200, "GET", "get", "enrollment", data);
        });
    }

    @GET
    @Path("/enrollments")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Students see their own enrollments, tutors those of their profile, admins all; filters tutorProfileId "
            + "and paymentConfirmation; newest first. Joined objects (coursePack, lessonSlots, student, tutorProfile) are single "
            + "objects/lists per row, loaded with fetch joins and one batched query per joined type; getJoins=false drops them.")
    public Response list(@QueryParam("tutorProfileId") UUID tutorProfileId, @QueryParam("paymentConfirmation") String paymentConfirmation) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> {
            Page<Enrollment> rows = enrollments.list(tutorProfileId, paymentConfirmation, page.toPageRequest());
            Page<Map<String, Object>> data;
            if (page.getJoins()) {
                Map<UUID, User> students = enrollments.students(rows.items());
                data = rows.map(e -> Views.enrollmentWithJoins(e, students.get(e.getStudentId())));
            } else {
                data = rows.map(Views::enrollment);
            }
            return envelopes.list("GET", "enrollments", data);
        });
    }

    @PATCH
    @Path("/cancelenrollment/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin force-cancel {cancelReason}. A paid enrollment is refunded in full through Stripe (paymentStatus "
            + "refunded, refundStatus processed; charge_already_refunded counts as done). If the refund cannot be made (payments not "
            + "configured, Stripe unreachable or refusing) the enrollment is still canceled but keeps paymentStatus paid with "
            + "refundStatus eligible: the refund is owed, and POST /v1/adminrefundenrollment settles it later. An unpaid one gets "
            + "paymentConfirmation canceled. Booked slots become available again, completed ones stay; the student and the tutor "
            + "are notified (and admins of a refund). Canceling a canceled enrollment returns it unchanged; a completed one cannot "
            + "be canceled (409).")
    public Response cancel(@PathParam("id") UUID id, CancelBody body) {
        UUID actor = callers.uuid();
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", "enrollment",
                Views.enrollment(lifecycle.cancel(id, body == null ? null : body.cancelReason(), actor))));
    }

    @POST
    @Path("/cascadetutorban")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Cancels (as cancelenrollment) every pending/active enrollment of the tutor profile, optionally only those "
            + "with the paymentConfirmation query filter; returns the enrollments it canceled (none on a second run). "
            + "It does not change the profile's status: set that with PATCH /v1/tutorprofiles/{id}.")
    public Response cascadeTutorBan(TutorBanBody body, @QueryParam("paymentConfirmation") String paymentConfirmation) {
        if (body == null || body.tutorProfileId() == null) {
            throw ApiException.tutoring(400, "errMsg_TutorProfileIdIsRequired", "tutorProfileId is required.");
        }
        PaymentConfirmation only = filter(paymentConfirmation);
        UUID actor = callers.uuid();
        return tx.respond(() -> envelopes.rows("POST", "enrollments",
                lifecycle.cascadeTutorBan(body.tutorProfileId(), body.reason(), only, actor).stream().map(Views::enrollment).toList()));
    }

    @POST
    @Path("/cascadecourseremoval")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Deactivates the pack and cancels (as cancelenrollment) its pending/active enrollments; returns the "
            + "enrollments it canceled (none on a second run).")
    public Response cascadeCourseRemoval(CourseRemovalBody body, @QueryParam("paymentConfirmation") String paymentConfirmation) {
        if (body == null || body.coursePackId() == null) {
            throw ApiException.tutoring(400, "errMsg_CoursePackIdIsRequired", "coursePackId is required.");
        }
        PaymentConfirmation only = filter(paymentConfirmation);
        UUID actor = callers.uuid();
        return tx.respond(() -> envelopes.rows("POST", "enrollments",
                lifecycle.cascadeCourseRemoval(body.coursePackId(), body.reason(), only, actor).stream().map(Views::enrollment).toList()));
    }

    @POST
    @Path("/cleanuppendingenrollments")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Cancels pending, unpaid enrollments created more than maxAgeMinutes ago (default "
            + "TUTORING_PENDING_TIMEOUT_MINUTES, 60) and frees their slots; returns those it canceled. The same cleanup runs "
            + "every 5 minutes from a persistent EJB timer; overlapping runs cancel each enrollment once.")
    public Response cleanup(CleanupBody body, @QueryParam("paymentConfirmation") String paymentConfirmation) {
        int maxAge = body == null || body.maxAgeMinutes() == null ? config.tutoringPendingTimeoutMinutes() : body.maxAgeMinutes();
        PaymentConfirmation only = filter(paymentConfirmation);
        UUID actor = callers.uuid();
        return tx.respond(() -> envelopes.rows("POST", "enrollments",
                lifecycle.cleanupPending(maxAge, only, actor).stream().map(Views::enrollment).toList()));
    }

    @POST
    @Path("/checkenrollmentcompletion")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Marks an active enrollment completed when every one of its slots is completed; returns the enrollment "
            + "(changed or not) as a one-row list.")
    public Response checkCompletion(CompletionBody body) {
        if (body == null || body.enrollmentId() == null) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentIdIsRequired", "enrollmentId is required.");
        }
        UUID actor = callers.uuid();
        return tx.respond(() -> envelopes.rows("POST", "enrollments", List.of(Views.enrollment(lifecycle.checkCompletion(body.enrollmentId(), actor)))));
    }

    private static PaymentConfirmation filter(String raw) {
        return TutoringEnums.parse(PaymentConfirmation.class, raw, "paymentConfirmation");
    }

}
