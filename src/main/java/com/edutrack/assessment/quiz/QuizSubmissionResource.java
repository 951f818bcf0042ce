package com.edutrack.assessment.quiz;

import java.util.Map;

import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Quiz attempts ("submissions"): the student's answers and submit, anyone's view by id, and written grading. */
@Path("/api/learning/quiz-submissions")
@Produces(MediaType.APPLICATION_JSON)
public class QuizSubmissionResource {
    private static final String LATE = " Later than deadline + 30 s nothing sent counts: the attempt is closed with the answers saved "
            + "before and the answer is 400 {\"error\": \"" + AttemptService.TIME_OVER + "\"} (also on later calls).";

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

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The caller's attempts (paginated, newest first); filter quiz. score, score_percent and passed are null "
            + "until the attempt is graded and the quiz's score_visibility allows.")
    public DrfPage<?> mine() {
        QueryParams q = new QueryParams(uriInfo);
        Long quiz = q.integer("quiz");
        q.validate();
        return pages.body(attempts.mine(currentUser.require().studentId(), quiz, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id: \\d+}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "An attempt with its questions in the attempt's order. A student sees only their own (others 404): "
            + "score/passed and per-answer points_awarded/feedback only when score_visibility allows (immediate; after_close once "
            + "the close date passed; manual once released) and the attempt is finished; is_correct, the correct choices and the "
            + "explanation only when answers_visibility allows (immediate means right after submitting, and only with "
            + "show_correct_after_submission; after_close; manual once released). Staff of the course see everything (others 404).")
    public Map<String, Object> get(@PathParam("id") long id) {
        Principal p = currentUser.require();
        if (p.role() == Role.STUDENT) {
            return attempts.view(p.studentId(), id);
        }
        return staffAttempts.attempt(Viewer.of(p), id);
    }

    @PUT
    @Path("/{id: \\d+}/answers")
    @Allow(Role.STUDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "{answers: [{question, selected_choices, text_answer}]} saves those answers of the caller's attempt in "
            + "progress (other questions keep theirs) -> 200 the attempt. 400 once submitted." + LATE)
    public Map<String, Object> save(@PathParam("id") long id, FormBody body) {
        return outcome(attempts.save(currentUser.require().studentId(), id, body));
    }

    @POST
    @Path("/{id: \\d+}/submit")
    @Allow(Role.STUDENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "{answers} (optional; merged over the saved ones) -> 200 the finished attempt. Multiple-choice answers are "
            + "graded at once (full points only for exactly the correct set); a written answer waits for grade-written (status "
            + "submitted), an empty one scores 0. 400 when already submitted." + LATE)
    public Map<String, Object> submit(@PathParam("id") long id, FormBody body) {
        return outcome(attempts.submit(currentUser.require().studentId(), id, body));
    }

    @POST
    @Path("/{id: \\d+}/grade-written")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "{answer_id, score_override (0..the question's points, two decimals), feedback} grades one written answer "
            + "of a submitted attempt (regrading overwrites) -> 200 the staff view of the attempt; graded once no written answer "
            + "waits. Notifies the student (written_answer_graded). Staff of the course (others 404).")
    public Map<String, Object> gradeWritten(@PathParam("id") long id, FormBody body) {
        Principal p = currentUser.require();
        return staffAttempts.gradeWritten(Viewer.of(p), p.userId(), id, body);
    }

    /** The close of a late request is committed by now; only then is the refusal sent. */
    private static Map<String, Object> outcome(AttemptService.Outcome o) {
        if (o.refusal() != null) {
            throw ApiException.error(400, o.refusal());
        }
        return o.attempt();
    }
}
