package com.edutrack.content;

import java.util.List;
import com.edutrack.catalog.Viewers;
import com.edutrack.catalog.Viewer;
import java.util.Map;

import com.edutrack.content.Views.LectureView;
import com.edutrack.content.Views.ProgressView;
import com.edutrack.content.Views.VideoView;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
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

/** Lectures (seed section 4) and a student's progress over a lecture. */
@Path("/api/courses/lectures")
@Produces(MediaType.APPLICATION_JSON)
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

    private Viewer viewer() {
        return viewers.current();
    }

    @GET
    @Allow
    @Operation(description = "Paginated (DRF default) full lectures with nested videos. Students see visible lectures of active "
            + "topics and courses, with video_url null and is_purchased false without an unexpired purchase.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        LectureService.Filters f = new LectureService.Filters(q.integer("topic"), q.bool("is_visible"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(lectures.list(viewer(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    public LectureView get(@PathParam("id") long id) {
        return lectures.get(viewer(), id);
    }

    @GET
    @Path("/{id}/videos")
    @Allow
    public List<VideoView> videos(@PathParam("id") long id) {
        return lectures.videos(viewer(), id);
    }

    @GET
    @Path("/{id}/progress")
    @Allow(Role.STUDENT)
    @Operation(description = "The caller's progress on the lecture's active videos (only videos with a report).")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return progress.ofLecture(viewer(), id);
    }

    @POST
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "discount is an amount (0 <= discount <= price); picture JPEG/PNG/WebP by content, at most 5 MB.")
    public Response create(FormBody body) {
        return Response.status(201).entity(lectures.create(viewer().requireTeacher(), body)).build();
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public LectureView put(@PathParam("id") long id, FormBody body) {
        return lectures.update(viewer().requireTeacher(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Partial update; price and discount are checked together; an empty picture value removes it.")
    public LectureView patch(@PathParam("id") long id, FormBody body) {
        return lectures.update(viewer().requireTeacher(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Deletes the lecture and its videos; a lecture with purchases answers 400 (hide it instead).")
    public Response delete(@PathParam("id") long id) {
        lectures.delete(viewer().requireTeacher(), id);
        return Response.noContent().build();
    }
}
