package com.edutrack.content;

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

/** Videos of lectures and their watch progress. */
@Path("/api/courses/videos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
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

    @GET
    @Allow
    @Operation(description = "Students see active videos of visible lectures, video_url null without an unexpired purchase.")
    @Parameter(name = "lecture", in = ParameterIn.QUERY, description = "Lecture id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "platform", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"youtube", "bunnystream", "vdocipher"}))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Words in the name; staff also search the video URL")
    @Parameter(name = "ordering", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "order, created_at or duration_minutes, - for descending; default order, then id")
    public DrfPage<VideoView> list() {
        QueryParams q = new QueryParams(uriInfo);
        VideoService.Filters f = new VideoService.Filters(q.integer("lecture"), q.choice("platform", VideoPlatform.codes()),
                q.bool("is_active"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(videos.list(viewers.current(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "Another teacher's video, or a hidden one for a student, is 404.")
    public VideoView get(@PathParam("id") long id) {
        return videos.get(viewers.current(), id);
    }

    @POST
    @Created
    @Allow(Role.TEACHER)
    @Operation(description = "Adds a video to a lecture of one of the caller's courses (another teacher's: 403).")
    public VideoView create(VideoForm form) {
        return videos.create(viewers.current().requireTeacher(), form);
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.TEACHER)
    public VideoView replace(@PathParam("id") long id, VideoForm form) {
        return videos.update(viewers.current().requireTeacher(), id, form);
    }

    @PATCH
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Partial update; changing only the platform re-checks the stored URL against it (and the reverse).")
    public VideoView patch(@PathParam("id") long id, VideoForm form) {
        return videos.update(viewers.current().requireTeacher(), id, form);
    }

    @DELETE
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Deletes the video and its watch progress.")
    public void delete(@PathParam("id") long id) {
        videos.delete(viewers.current().requireTeacher(), id);
    }

    @POST
    @Path("/{id}/progress")
    @Allow(Role.STUDENT)
    @Operation(description = "Records the caller's progress on a video of a lecture they hold an unexpired purchase of (else 403): "
            + "watched_seconds never decreases and completed, once true, stays true; parallel reports of one student make one row.")
    public ProgressView report(@PathParam("id") long id, ProgressForm form) {
        return progress.report(viewers.current(), id, form);
    }

    @GET
    @Path("/{id}/progress")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "Per-student progress on one of the caller's teacher's videos (the site owner: any), most recent first.")
    public DrfPage<StudentProgressView> progressOf(@PathParam("id") long id) {
        return pages.body(progress.ofVideo(viewers.current(), id, PageRequest.from(uriInfo)));
    }
}
