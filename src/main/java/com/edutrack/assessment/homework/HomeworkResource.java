package com.edutrack.assessment.homework;

import java.util.Map;

import com.edutrack.assessment.AssessmentScope;
import com.edutrack.assessment.homework.HomeworkViews.SubmissionView;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Homeworks (seed section 9) and the student's submit (platform.md section 5). Assistants read
 * and list submissions but get 403 on create/update/delete although the seed lists them there.
 */
@Path("/api/learning/homeworks")
@Produces(MediaType.APPLICATION_JSON)
public class HomeworkResource {
    private static final String MANAGE_RULE = " Only the course's teacher or the site owner: another teacher gets 403 "
            + "{\"error\": \"You can only manage homeworks in your own courses\"}; assistants 403.";

    @Inject
    HomeworkService homeworks;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uriInfo;

    private Viewer viewer() {
        return Viewer.of(currentUser.require());
    }

    @GET
    @Allow
    @Operation(description = "Paginated. Staff see their teacher's homeworks, the site owner all; students the published, active "
            + "homeworks of visible lectures they hold an unexpired purchase of. Filters lecture, is_published, is_active, search "
            + "(title, description); ordering created_at (default newest first), title, open_date, close_date.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        var f = AssessmentScope.ListFilters.from(q);
        q.validate();
        return pages.body(homeworks.list(viewer(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "Staff of the course and the site owner get every field. A student needs the homework published and "
            + "active (else 404) and an unexpired purchase of the lecture (else 403 {\"detail\": \"" + HomeworkService.NO_PURCHASE
            + "\"}); before submitting, their copy has no model_answer and no is_correct keys, and my_submission is null; after, "
            + "both are shown and my_submission is the submission id.")
    public Map<String, Object> get(@PathParam("id") long id) {
        return homeworks.get(viewer(), id);
    }

    @POST
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "question_ids keeps its order; instead, questions: [{question, points_override}] also overrides points "
            + "(0-1000). Homework questions must be multiple-choice bank questions the caller can see. total_points is the sum of "
            + "effective points. Publishing needs at least one question and notifies the lecture's buyers once (homework_published)."
            + MANAGE_RULE)
    public Response create(FormBody body) {
        return Response.status(201).entity(homeworks.create(viewer(), currentUser.id(), body)).build();
    }

    @PUT
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Needs lecture and title. Sent question_ids/questions replace all questions; a different set is refused "
            + "(400) once a student submitted." + MANAGE_RULE)
    public Map<String, Object> put(@PathParam("id") long id, FormBody body) {
        return homeworks.update(viewer(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> patch(@PathParam("id") long id, FormBody body) {
        return homeworks.update(viewer(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Deletes the homework and its submissions." + MANAGE_RULE)
    public Response delete(@PathParam("id") long id) {
        homeworks.delete(viewer(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/submissions")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "The homework's submissions (paginated, newest first) for staff of the course and the site owner (others 404).")
    public DrfPage<?> submissions(@PathParam("id") long id) {
        return pages.body(homeworks.submissions(viewer(), id, PageRequest.from(uriInfo)));
    }

    @POST
    @Path("/{id}/submit")
    @Allow(Role.STUDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "{answers: [{question (bank question id), selected_choices: [ids], text_answer}]} -> 201 the graded "
            + "submission. Unanswered questions score 0; a multiple-choice answer earns its points only when the chosen set equals the "
            + "correct set. One submission per student (400 on a second, also under concurrent requests); 400 before open_date or "
            + "after close_date; 403 for a student whose content access is suspended or without a purchase.")
    public Response submit(@PathParam("id") long id, FormBody body) {
        Principal p = currentUser.require();
        SubmissionView view = homeworks.submit(p.studentId(), id, body);
        return Response.status(201).entity(view).build();
    }
}
