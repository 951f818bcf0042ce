package com.edutrack.tutoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.tutoring.TutoringEnrollmentForms.BookingForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.CancelForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.CleanupForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.CompletionForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.CourseRemovalForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.TutorBanForm;
import com.edutrack.tutoring.TutoringEnrollmentViews.EnrollmentView;
import com.edutrack.tutoring.TutoringEnums.PaymentConfirmation;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Enrollment routes of the tutoring guide (payments and refunds: package {@code payments}). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TutoringEnrollmentResource {
    private static final String CONFIRMATION_FILTER = "Only enrollments with this paymentConfirmation";

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
    @Created
    @Enveloped("enrollment")
    @Operation(description = "A student books a pack with exactly lessonCount available slots of that pack. totalAmount and currency "
            + "must equal the pack's price and currency (the server's values are stored; a different client value is 400). "
            + "A pack requiring a preliminary meeting needs a passed one. One pending/active enrollment per student and pack (409). "
            + "Slots are locked and booked in the same transaction: of students racing for a slot exactly one wins, the others get "
            + "409 errMsg_LessonSlotNotAvailable. The enrollment starts pending/pending/notRequested, paymentConfirmation pending.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such course pack or lesson slot (errMsg_CoursePackNotFound, errMsg_LessonSlotNotFound)")
    public Envelope<EnrollmentView> create(BookingForm form) {
        return tx.run(() -> envelopes.one(EnrollmentView.of(enrollments.create(form))));
    }

    @GET
    @Path("/enrollments/{id}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("enrollment")
    @Operation(description = "The enrollment's student, the pack's tutor or an admin; with coursePack, lessonSlots, student and "
            + "tutorProfile joined (getJoins=false leaves them out). Anyone else gets 403.")
    @Parameter(name = "getJoins", in = ParameterIn.QUERY, description = "false leaves the joined objects out (default true)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public Envelope<EnrollmentView> get(@PathParam("id") UUID id) {
        boolean joins = TutoringPage.from(uri).getJoins();
        return tx.run(() -> {
            Enrollment e = enrollments.get(id);
            return envelopes.one(joins ? EnrollmentView.withJoins(e, enrollments.students(List.of(e)).get(e.getStudentId())) : EnrollmentView.of(e));
        });
    }

    @GET
    @Path("/enrollments")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("enrollments")
    @Operation(description = "Students see their own enrollments, tutors those of their profile, admins all; newest first. Joined "
            + "objects (coursePack, lessonSlots, student, tutorProfile) are loaded with fetch joins and one batched query per joined "
            + "type, so a page costs the same statements whatever its size; getJoins=false drops them.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "tutorProfileId is not a UUID")
    public Envelope<List<EnrollmentView>> list(@QueryParam("tutorProfileId") @Parameter(description = "Enrollments of this tutor profile")
                                               UUID tutorProfileId,
                                               @QueryParam("paymentConfirmation") @Parameter(description = CONFIRMATION_FILTER, schema = @Schema(enumeration = {
                "pending", "processing", "paid", "canceled"}))
                                               String paymentConfirmation) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> {
            Page<Enrollment> rows = enrollments.list(tutorProfileId, paymentConfirmation, page.toPageRequest());
            if (!page.getJoins()) {
                return envelopes.list(rows.map(EnrollmentView::of));
            }
            Map<UUID, User> students = enrollments.students(rows.items());
            return envelopes.list(rows.map(e -> EnrollmentView.withJoins(e, students.get(e.getStudentId()))));
        });
    }

    @PATCH
    @Path("/cancelenrollment/{id}")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollment")
    @Operation(description = "Admin force-cancel. A paid enrollment is refunded in full through Stripe (paymentStatus "
            + "refunded, refundStatus processed; charge_already_refunded counts as done). If the refund cannot be made (payments not "
            + "configured, Stripe unreachable or refusing) the enrollment is still canceled but keeps paymentStatus paid with "
            + "refundStatus eligible: the refund is owed, and POST /v1/adminrefundenrollment settles it later. An unpaid one gets "
            + "paymentConfirmation canceled. Booked slots become available again, completed ones stay; the student and the tutor "
            + "are notified (and admins of a refund). Canceling a canceled enrollment returns it unchanged; a completed one cannot "
            + "be canceled (409).")
    public Envelope<EnrollmentView> cancel(@PathParam("id") UUID id, CancelForm form) {
        form.validate();
        UUID actor = callers.uuid();
        return tx.run(() -> envelopes.one(EnrollmentView.of(lifecycle.cancel(id, form.cancelReason(), actor))));
    }

    @POST
    @Path("/cascadetutorban")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollments")
    @Operation(description = "Cancels (as cancelenrollment) every pending/active enrollment of the tutor profile; returns the "
            + "enrollments it canceled (none on a second run). It does not change the profile's status: set that with PATCH "
            + "/v1/tutorprofiles/{id}.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such tutor profile (errMsg_TutorProfileNotFound)")
    public Envelope<List<EnrollmentView>> cascadeTutorBan(TutorBanForm form, @QueryParam("paymentConfirmation")
                                                          @Parameter(description = CONFIRMATION_FILTER, schema = @Schema(enumeration = {
                "pending", "processing", "paid", "canceled"})) String paymentConfirmation) {
        UUID profile = form.requiredProfileId();
        PaymentConfirmation only = filter(paymentConfirmation);
        UUID actor = callers.uuid();
        return tx.run(() -> envelopes.rows(views(lifecycle.cascadeTutorBan(profile, form.reason(), only, actor))));
    }

    @POST
    @Path("/cascadecourseremoval")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollments")
    @Operation(description = "Deactivates the pack and cancels (as cancelenrollment) its pending/active enrollments; returns the "
            + "enrollments it canceled (none on a second run).")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such course pack (errMsg_CoursePackNotFound)")
    public Envelope<List<EnrollmentView>> cascadeCourseRemoval(CourseRemovalForm form, @QueryParam("paymentConfirmation")
                                                               @Parameter(description = CONFIRMATION_FILTER, schema = @Schema(enumeration = {
                "pending", "processing", "paid", "canceled"})) String paymentConfirmation) {
        UUID pack = form.requiredPackId();
        PaymentConfirmation only = filter(paymentConfirmation);
        UUID actor = callers.uuid();
        return tx.run(() -> envelopes.rows(views(lifecycle.cascadeCourseRemoval(pack, form.reason(), only, actor))));
    }

    @POST
    @Path("/cleanuppendingenrollments")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollments")
    @Operation(description = "Cancels pending, unpaid enrollments created more than maxAgeMinutes ago (default "
            + "TUTORING_PENDING_TIMEOUT_MINUTES, 60) and frees their slots; returns those it canceled. The same cleanup runs "
            + "every 5 minutes from a persistent EJB timer; overlapping runs cancel each enrollment once.")
    public Envelope<List<EnrollmentView>> cleanup(CleanupForm form, @QueryParam("paymentConfirmation")
                                                  @Parameter(description = CONFIRMATION_FILTER, schema = @Schema(enumeration = {
                "pending", "processing", "paid", "canceled"})) String paymentConfirmation) {
        int maxAge = form.maxAgeMinutes(config.tutoringPendingTimeoutMinutes());
        PaymentConfirmation only = filter(paymentConfirmation);
        UUID actor = callers.uuid();
        return tx.run(() -> envelopes.rows(views(lifecycle.cleanupPending(maxAge, only, actor))));
    }

    @POST
    @Path("/checkenrollmentcompletion")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollments")
    @Operation(description = "Marks an active enrollment completed when every one of its slots is completed; returns the enrollment "
            + "(changed or not) as a one-row list.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such enrollment (errMsg_EnrollmentNotFound)")
    public Envelope<List<EnrollmentView>> checkCompletion(CompletionForm form) {
        UUID enrollment = form.requiredEnrollmentId();
        UUID actor = callers.uuid();
        return tx.run(() -> envelopes.rows(List.of(EnrollmentView.of(lifecycle.checkCompletion(enrollment, actor)))));
    }

    static List<EnrollmentView> views(List<Enrollment> rows) {
        return rows.stream().map(EnrollmentView::of).toList();
    }

    private static PaymentConfirmation filter(String raw) {
        return TutoringEnums.parse(PaymentConfirmation.class, raw, "paymentConfirmation");
    }
}
