package com.edutrack.assessment.quiz;

import java.util.Map;

import com.edutrack.assessment.AssessmentScope;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
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
 * Quizzes (seed section 10) and a student's start (platform.md section 5). Assistants read, list
 * submissions and results, and release scores/answers, but get 403 on create/update/delete
 * although the seed lists them there.
 */
@Path("/api/learning/quizzes")
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {
    private static final String MANAGE_RULE = " Another teacher gets 403 {\"error\": \"You can only manage quizzes in your own courses\"}.";

    @Inject
    QuizService quizzes;
    @Inject
    AttemptService attempts;
    @Inject
    StaffAttemptService staffAttempts;
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
    @Operation(description = "Paginated. Staff see their teacher's quizzes, the site owner all; students the published, active quizzes "
            + "of visible lectures they hold an unexpired purchase of. Filters lecture, is_published, is_active, search (title, "
            + "description); ordering created_at (default newest first), title, open_date, close_date.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        var f = AssessmentScope.ListFilters.from(q);
        q.validate();
        return pages.body(quizzes.list(viewer(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "Staff of the course and the site owner get the questions with is_correct, and scores_released_at / "
            + "answers_released_at. A student (published, active quiz, else 404; unexpired purchase, else 403) gets the quiz without "
            + "its questions, which come with an attempt, and my_result {attempts_used, attempts_allowed (null = unlimited), "
            + "in_progress_attempt, final_score, score_percent, passed} where the scores stay null until score_visibility allows.")
    public Map<String, Object> get(@PathParam("id") long id) {
        return quizzes.get(viewer(), id);
    }

    @POST
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "settings keys not sent take defaults: timer_minutes 30 (1-1440), score_visibility and answers_visibility "
            + "immediate, question_order fixed, shuffle_choices false, allow_multiple_attempts false (then max_attempts is 1; with "
            + "multiple attempts max_attempts 1-100 or null for no limit), attempt_scoring best, show_correct_after_submission true. "
            + "open_date/close_date inside settings (or at the top level); after_close visibility needs a close_date. passing_score is "
            + "a percentage 0-100 or null. Errors inside settings are reported under the setting's name. question_ids keeps order; "
            + "questions: [{question, points_override}] also overrides points. Publishing needs a question and notifies the "
            + "lecture's buyers once (quiz_published)." + MANAGE_RULE)
    public Response create(FormBody body) {
        return Response.status(201).entity(quizzes.create(viewer(), currentUser.id(), body)).build();
    }

    @PUT
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Needs lecture and title; settings keys not sent keep their values. Sent question_ids/questions replace "
            + "all questions; a different set is refused (400) once a student started the quiz. New settings apply to attempts "
            + "started afterwards (a running attempt keeps its deadline)." + MANAGE_RULE)
    public Map<String, Object> put(@PathParam("id") long id, FormBody body) {
        return quizzes.update(viewer(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> patch(@PathParam("id") long id, FormBody body) {
        return quizzes.update(viewer(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Deletes the quiz and all its attempts." + MANAGE_RULE)
    public Response delete(@PathParam("id") long id) {
        quizzes.delete(viewer(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/release-scores")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "For score_visibility manual (else 400): scores become visible to the students; those who attempted are "
            + "notified the first time (quiz_scores_released). Repeating it is harmless." + MANAGE_RULE)
    public Map<String, String> releaseScores(@PathParam("id") long id) {
        int n = quizzes.releaseScores(viewer(), id);
        return Map.of("detail", "Scores released for " + n + " submission(s).");
    }

    @POST
    @Path("/{id}/release-answers")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "For answers_visibility manual (else 400): correct answers become visible on finished attempts; those "
            + "who attempted are notified the first time (quiz_answers_released)." + MANAGE_RULE)
    public Map<String, String> releaseAnswers(@PathParam("id") long id) {
        int n = quizzes.releaseAnswers(viewer(), id);
        return Map.of("detail", "Answers released for " + n + " submission(s).");
    }

    @GET
    @Path("/{id}/submissions")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "Every attempt of the quiz (paginated, newest first), scores always shown; filters status, student. "
            + "Staff of the course and the site owner (others 404).")
    public DrfPage<?> submissions(@PathParam("id") long id) {
        QueryParams q = new QueryParams(uriInfo);
        var f = new StaffAttemptService.Filters(q.choice("status", java.util.List.of(QuizAttempt.IN_PROGRESS, QuizAttempt.SUBMITTED,
                QuizAttempt.GRADED)), q.integer("student"));
        q.validate();
        return pages.body(staffAttempts.submissions(viewer(), id, f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}/results")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "One row per student who attempted (paginated, by name): attempts, graded_attempts, final_score by "
            + "attempt_scoring over graded attempts (best, average to two decimals, or last), max_score, score_percent, passed "
            + "(score_percent >= passing_score; null without a passing score or a graded attempt), last_submitted_at.")
    public DrfPage<?> results(@PathParam("id") long id) {
        return pages.body(staffAttempts.results(viewer(), id, PageRequest.from(uriInfo)));
    }

    @POST
    @Path("/{id}/start")
    @Allow(Role.STUDENT)
    @Operation(description = "201 a new attempt {id, quiz, attempt_number, status in_progress, started_at, deadline, questions} with the "
            + "question and choice order drawn once for the attempt and no is_correct; 200 the attempt already in progress (two "
            + "concurrent starts make one attempt). deadline = started_at + timer_minutes, capped at close_date. 400 {\"error\"} "
            + "when unpublished or inactive, without an unexpired purchase, before open_date or after close_date, or with the "
            + "attempts used up; 403 for a student whose content access is suspended.")
    public Response start(@PathParam("id") long id) {
        AttemptService.Started s = attempts.start(currentUser.require().studentId(), id);
        return Response.status(s.created() ? 201 : 200).entity(s.attempt()).build();
    }
}
