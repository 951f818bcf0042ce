package com.edutrack.content;

import java.util.Map;
import com.edutrack.catalog.Viewers;
import com.edutrack.catalog.Viewer;

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

/** Videos (seed section 5) and their watch progress. */
@Path("/api/courses/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoResource {
    @Inject
    VideoService videos;
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
    @Operation(description = "Paginated (DRF default). Students see active videos of visible lectures, video_url null without an "
            + "unexpired purchase; their search covers the name only (staff search name and video URL).")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        VideoService.Filters f = new VideoService.Filters(q.integer("lecture"), q.choice("platform", VideoPlatform.codes()),
                q.bool("is_active"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(videos.list(viewer(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    public VideoView get(@PathParam("id") long id) {
        return videos.get(viewer(), id);
    }

    @POST
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public Response create(FormBody body) {
        return Response.status(201).entity(videos.create(viewer().requireTeacher(), body)).build();
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public VideoView put(@PathParam("id") long id, FormBody body) {
        return videos.update(viewer().requireTeacher(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Changing only the platform re-checks the stored URL against the new platform.")
    public VideoView patch(@PathParam("id") long id, FormBody body) {
        return videos.update(viewer().requireTeacher(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow(Role.TEACHER)
    public Response delete(@PathParam("id") long id) {
        videos.delete(viewer().requireTeacher(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/progress")
    @Allow(Role.STUDENT)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Records the caller's progress on a video of a lecture they hold an unexpired purchase of (else 403): "
            + "watched_seconds never decreases and completed, once true, stays true; parallel reports of one student make one row.")
    public ProgressView report(@PathParam("id") long id, FormBody body) {
        return progress.report(viewer(), id, body);
    }

    @GET
    @Path("/{id}/progress")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "Per-student progress on one of the caller's teacher's videos (paginated, most recent first).")
    public DrfPage<?> progressOf(@PathParam("id") long id) {
        return pages.body(progress.ofVideo(viewer(), id, PageRequest.from(uriInfo)));
    }
}
