package com.edutrack.tutoring;

import java.util.UUID;

import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.Requests.LessonSlotBody;
import com.edutrack.tutoring.Requests.MeetingBody;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lesson slots and preliminary meetings. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchedulingResource {
    private static final LessonSlotBody NO_SLOT = new LessonSlotBody(null, null, null, null, null, null, null);
    private static final MeetingBody NO_MEETING = new MeetingBody(null, null, null, null);

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
    @Operation(description = "A tutor adds an available slot to one of their packs. scheduledTime is HH:mm.")
    public Response createSlot(LessonSlotBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "lessonSlot", Views.lessonSlot(slots.create(body == null ? NO_SLOT : body))));
    }

    @GET
    @Path("/lessonslots")
    @Public
    @Operation(description = "Public, so students can pick slots; filters coursePackId and status.")
    public Response listSlots(@QueryParam("coursePackId") UUID coursePackId, @QueryParam("status") String status) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "lessonSlots", slots.list(coursePackId, status, page.toPageRequest()).map(Views::lessonSlot)));
    }

    @GET
    @Path("/lessonslots/{id}")
    @Public
    public Response getSlot(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", "lessonSlot", Views.lessonSlot(slots.find(id))));
    }

    @PATCH
    @Path("/lessonslots/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The slot's tutor reschedules an available (or canceled) slot, or sets it available/canceled. "
            + "Booked and completed slots cannot be edited (409): the student booked that time.")
    public Response updateSlot(@PathParam("id") UUID id, LessonSlotBody body) {
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", "lessonSlot", Views.lessonSlot(slots.update(id, body == null ? NO_SLOT : body))));
    }

    @DELETE
    @Path("/lessonslots/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Cancels an open slot (the row stays for history). A booked slot cannot be deleted (409).")
    public Response deleteSlot(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "DELETE", "delete", "lessonSlot", Views.lessonSlot(slots.delete(id))));
    }

    @POST
    @Path("/completelessonslot/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The slot's tutor marks a booked slot completed after the lesson (again: no change), then the active "
            + "enrollment holding it becomes completed if every one of its slots is.")
    public Response completeSlot(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "POST", "update", "lessonSlot", Views.lessonSlot(slots.complete(id))));
    }

    @POST
    @Path("/preliminarymeetings")
    @Allow(Role.STUDENT)
    @Operation(description = "A student asks for a screening meeting for a pack {coursePackId, scheduledAt}; it starts as result=scheduled.")
    public Response createMeeting(MeetingBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "preliminaryMeeting", Views.meeting(meetings.create(body == null ? NO_MEETING : body))));
    }

    @GET
    @Path("/preliminarymeetings")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Own meetings: a student's, a tutor's (for their packs); an admin sees all.")
    public Response listMeetings() {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "preliminaryMeetings", meetings.list(page.toPageRequest()).map(Views::meeting)));
    }

    @PATCH
    @Path("/preliminarymeetings/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The pack's tutor records {result: passed|failed, note}. A passed meeting unlocks booking a pack that requires one.")
    public Response decideMeeting(@PathParam("id") UUID id, MeetingBody body) {
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", "preliminaryMeeting", Views.meeting(meetings.decide(id, body == null ? NO_MEETING : body))));
    }

}
