package com.edutrack.tutoring;

import java.util.List;
import java.util.UUID;

import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.tutoring.SchedulingForms.LessonSlotForm;
import com.edutrack.tutoring.SchedulingForms.MeetingDecisionForm;
import com.edutrack.tutoring.SchedulingForms.MeetingRequestForm;
import com.edutrack.tutoring.SchedulingViews.LessonSlotView;
import com.edutrack.tutoring.SchedulingViews.MeetingView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Lesson slots and preliminary meetings. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchedulingResource {
    @Inject
    LessonSlotService slots;
    @Inject
    PreliminaryMeetingService meetings;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;
    @Context
    UriInfo uri;

    @POST
    @Path("/lessonslots")
    @Allow(Role.TEACHER)
    @Created
    @Enveloped("lessonSlot")
    @Operation(description = "A tutor adds an available slot to one of their packs. scheduledTime is HH:mm.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No course pack coursePackId (errMsg_CoursePackNotFound)")
    public Envelope<LessonSlotView> createSlot(LessonSlotForm form) {
        return tx.run(() -> envelopes.one(LessonSlotView.of(slots.create(form))));
    }

    @GET
    @Path("/lessonslots")
    @Public
    @Enveloped("lessonSlots")
    @Operation(description = "Public, so students can pick slots; by date and time.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "coursePackId is not a UUID")
    public Envelope<List<LessonSlotView>> listSlots(@QueryParam("coursePackId") @Parameter(description = "Slots of this pack") UUID coursePackId,
                                                    @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"available", "booked",
                                                        "completed", "canceled"})) String status) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(slots.list(coursePackId, status, page.toPageRequest()).map(LessonSlotView::of)));
    }

    @GET
    @Path("/lessonslots/{id}")
    @Public
    @Enveloped("lessonSlot")
    public Envelope<LessonSlotView> getSlot(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(LessonSlotView.of(slots.find(id))));
    }

    @PATCH
    @Path("/lessonslots/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("lessonSlot")
    @Operation(description = "The slot's tutor reschedules an available (or canceled) slot, or sets it available/canceled. "
            + "Booked and completed slots cannot be edited (409): the student booked that time.")
    public Envelope<LessonSlotView> updateSlot(@PathParam("id") UUID id, LessonSlotForm form) {
        return tx.run(() -> envelopes.one(LessonSlotView.of(slots.update(id, form))));
    }

    @DELETE
    @Path("/lessonslots/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("lessonSlot")
    @Operation(description = "Cancels an open slot and returns it (the row stays for history). A booked slot cannot be deleted (409).")
    public Envelope<LessonSlotView> deleteSlot(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(LessonSlotView.of(slots.delete(id))));
    }

    @POST
    @Path("/completelessonslot/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("lessonSlot")
    @Operation(description = "The slot's tutor marks a booked slot completed after the lesson (again: no change), then the active "
            + "enrollment holding it becomes completed if every one of its slots is.")
    public Envelope<LessonSlotView> completeSlot(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(LessonSlotView.of(slots.complete(id))));
    }

    @POST
    @Path("/preliminarymeetings")
    @Allow(Role.STUDENT)
    @Created
    @Enveloped("preliminaryMeeting")
    @Operation(description = "A student asks for a screening meeting for a pack; it starts as result=scheduled.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No course pack coursePackId (errMsg_CoursePackNotFound)")
    public Envelope<MeetingView> createMeeting(MeetingRequestForm form) {
        return tx.run(() -> envelopes.one(MeetingView.of(meetings.create(form))));
    }

    @GET
    @Path("/preliminarymeetings")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("preliminaryMeetings")
    @Operation(description = "Own meetings, by scheduledAt: a student's, a tutor's (for their packs); an admin sees all.")
    public Envelope<List<MeetingView>> listMeetings() {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(meetings.list(page.toPageRequest()).map(MeetingView::of)));
    }

    @PATCH
    @Path("/preliminarymeetings/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("preliminaryMeeting")
    @Operation(description = "The pack's tutor records passed or failed (and a note). A passed meeting unlocks booking a pack that requires one.")
    public Envelope<MeetingView> decideMeeting(@PathParam("id") UUID id, MeetingDecisionForm form) {
        return tx.run(() -> envelopes.one(MeetingView.of(meetings.decide(id, form))));
    }
}
