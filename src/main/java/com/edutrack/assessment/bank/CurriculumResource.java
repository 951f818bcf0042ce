package com.edutrack.assessment.bank;

import java.util.Map;

import com.edutrack.assessment.bank.CurriculumService.ChapterView;
import com.edutrack.assessment.bank.CurriculumService.LessonView;
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
 * The curriculum under the question bank (platform.md section 5). Read by anyone signed in;
 * written by a teacher for the subject of their profile, or by the site owner. Assistants are
 * read-only on the question bank, curriculum included (platform.md section 0).
 */
@Path("/api/question-bank")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {
    private static final String WRITE_RULE = " A teacher writes the curriculum of their own subject only (else 403 "
            + "{\"error\": \"" + CurriculumService.NOT_YOUR_SUBJECT + "\"}); the site owner any; assistants are read-only.";

    @Inject
    CurriculumService curriculum;
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
    @Path("/chapters")
    @Allow
    @Operation(description = "Curriculum chapters (paginated). Filters subject, grade, search (name); ordering order (default), name, created_at.")
    public DrfPage<?> chapters() {
        QueryParams q = new QueryParams(uriInfo);
        var f = new CurriculumService.ChapterFilters(q.integer("subject"), q.integer("grade"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(curriculum.chapters(f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/chapters/{id}")
    @Allow
    public ChapterView chapter(@PathParam("id") long id) {
        return curriculum.chapter(id);
    }

    @POST
    @Path("/chapters")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Creates a chapter {subject, grade, name, order}." + WRITE_RULE)
    public Response createChapter(FormBody body) {
        return Response.status(201).entity(curriculum.createChapter(viewer(), body)).build();
    }

    @PUT
    @Path("/chapters/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public ChapterView putChapter(@PathParam("id") long id, FormBody body) {
        return curriculum.updateChapter(viewer(), id, body, false);
    }

    @PATCH
    @Path("/chapters/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public ChapterView patchChapter(@PathParam("id") long id, FormBody body) {
        return curriculum.updateChapter(viewer(), id, body, true);
    }

    @DELETE
    @Path("/chapters/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Deletes the chapter and its lessons; 400 when a question belongs to one of its lessons." + WRITE_RULE)
    public Response deleteChapter(@PathParam("id") long id) {
        curriculum.deleteChapter(viewer(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/lessons")
    @Allow
    @Operation(description = "Curriculum lessons (paginated). Filters chapter, subject, grade, search (name); ordering order (default), name, created_at.")
    public DrfPage<?> lessons() {
        QueryParams q = new QueryParams(uriInfo);
        var f = new CurriculumService.LessonFilters(q.integer("chapter"), q.integer("subject"), q.integer("grade"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(curriculum.lessons(f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/lessons/{id}")
    @Allow
    public LessonView lesson(@PathParam("id") long id) {
        return curriculum.lesson(id);
    }

    @POST
    @Path("/lessons")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Creates a lesson {chapter, name, order}." + WRITE_RULE)
    public Response createLesson(FormBody body) {
        return Response.status(201).entity(curriculum.createLesson(viewer(), body)).build();
    }

    @PUT
    @Path("/lessons/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public LessonView putLesson(@PathParam("id") long id, FormBody body) {
        return curriculum.updateLesson(viewer(), id, body, false);
    }

    @PATCH
    @Path("/lessons/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public LessonView patchLesson(@PathParam("id") long id, FormBody body) {
        return curriculum.updateLesson(viewer(), id, body, true);
    }

    @DELETE
    @Path("/lessons/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Deletes the lesson; 400 when questions belong to it." + WRITE_RULE)
    public Response deleteLesson(@PathParam("id") long id) {
        curriculum.deleteLesson(viewer(), id);
        return Response.noContent().build();
    }
}
