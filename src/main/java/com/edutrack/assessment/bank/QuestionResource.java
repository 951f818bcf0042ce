package com.edutrack.assessment.bank;

import java.util.Map;

import com.edutrack.assessment.bank.QuestionViews.QuestionDetail;
import com.edutrack.assessment.bank.QuestionViews.RandomSelection;
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
 * Question bank (seed section 8). Assistants read (list, detail, random-select) but get 403 on
 * create/update/delete although the seed lists them there (platform.md section 0).
 */
@Path("/api/question-bank/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {
    private static final String OWNER_RULE = " Only the question's teacher or the site owner may change it: another teacher gets 404 for a "
            + "question they cannot see and 403 {\"error\": \"" + QuestionService.NOT_YOURS + "\"} for someone else's global question.";

    @Inject
    QuestionService questions;
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
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "Paginated. Staff see their teacher's questions and every global one; the site owner all. Filters lesson, "
            + "chapter, subject, question_type, difficulty, is_global, search (text, explanation); ordering created_at (default newest "
            + "first), points, difficulty, question_type.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        var f = new QuestionService.Filters(q.integer("lesson"), q.integer("chapter"), q.integer("subject"),
                q.choice("question_type", QuestionType.CODES), q.choice("difficulty", QuestionService.DIFFICULTIES),
                q.bool("is_global"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(questions.list(viewer(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    public QuestionDetail get(@PathParam("id") long id) {
        return questions.get(viewer(), id);
    }

    @POST
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "mcq_single: 2-10 choices, exactly one correct; mcq_multiple: 2-10 choices, at least one correct; written: "
            + "no choices. points 1-1000 (default 1), difficulty default medium, is_global default false; image and choice images "
            + "are http(s) URLs. Choice errors are reported under \"choices\" as \"Choice N: field: message\".")
    public Response create(FormBody body) {
        return Response.status(201).entity(questions.create(viewer(), currentUser.id(), body)).build();
    }

    @PUT
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Needs lesson, question_type and text; sent choices replace all choices, absent choices are kept and "
            + "re-checked against the type. Once students answered the question (a submission or attempt of a homework/quiz using it) "
            + "its type and choices cannot change (400)." + OWNER_RULE)
    public QuestionDetail put(@PathParam("id") long id, FormBody body) {
        return questions.update(viewer(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionDetail patch(@PathParam("id") long id, FormBody body) {
        return questions.update(viewer(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "400 when the question is used in a homework or quiz that has submissions; otherwise it is also removed "
            + "from the homeworks and quizzes using it." + OWNER_RULE)
    public Response delete(@PathParam("id") long id) {
        questions.delete(viewer(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/random-select")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Draws count (1-500) question ids without repetition from the caller's accessible questions matching the "
            + "optional lesson, question_type and difficulty; a count above what is available returns all available (shuffled).")
    public RandomSelection randomSelect(FormBody body) {
        return questions.randomSelect(viewer(), body);
    }
}
