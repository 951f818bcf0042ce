package com.edutrack.content;

import java.util.List;

import com.edutrack.catalog.Viewers;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Lectures of topics, and a student's progress over a lecture. */
@Path("/api/courses/lectures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class LectureResource {
    @Inject
    LectureService lectures;
    @Inject
    ProgressService progress;
    @Inject
    Viewers viewers;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uriInfo;

    @GET
    @Allow
    @Operation(description = "Full lectures with their videos. Students see visible lectures of active topics and courses, "
            + "with video_url null and is_purchased false without an unexpired purchase.")
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Topic id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_visible", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Words in the name, description or topic name")
    @Parameter(name = "ordering", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "order, price, created_at or name, - for descending, several separated by commas; default order, then id")
    public DrfPage<LectureView> list() {
        QueryParams q = new QueryParams(uriInfo);
        LectureService.Filters f = new LectureService.Filters(q.integer("topic"), q.bool("is_visible"), q.text("search"),
                q.text("ordering"));
        q.validate();
        return pages.body(lectures.list(viewers.current(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "A lecture with its videos; another teacher's lecture, or a hidden one for a student, is 404.")
    public LectureView get(@PathParam("id") long id) {
        return lectures.get(viewers.current(), id);
    }

    @GET
    @Path("/{id}/videos")
    @Allow
    @Operation(description = "The lecture's videos (students: active ones, video_url null without an unexpired purchase).")
    public List<VideoView> videos(@PathParam("id") long id) {
        return lectures.videos(viewers.current(), id);
    }

    @GET
    @Path("/{id}/progress")
    @Allow(Role.STUDENT)
    @Operation(description = "The caller's progress on the lecture's active videos (only videos with a report).")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return progress.ofLecture(viewers.current(), id);
    }

    @POST
    @Created
    @Allow(Role.TEACHER)
    @Operation(description = "Adds a lecture to a topic of one of the caller's courses (another teacher's: 403).")
    public LectureView create(LectureForm form) {
        return lectures.create(viewers.current().requireTeacher(), form);
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.TEACHER)
    public LectureView replace(@PathParam("id") long id, LectureForm form) {
        return lectures.update(viewers.current().requireTeacher(), id, form);
    }

    @PATCH
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Partial update; price and discount are checked together; an empty picture value removes it.")
    public LectureView patch(@PathParam("id") long id, LectureForm form) {
        return lectures.update(viewers.current().requireTeacher(), id, form);
    }

    @DELETE
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Deletes the lecture and its videos; a lecture with purchases answers 400 (hide it instead).")
    public void delete(@PathParam("id") long id) {
        lectures.delete(viewers.current().requireTeacher(), id);
    }
}
