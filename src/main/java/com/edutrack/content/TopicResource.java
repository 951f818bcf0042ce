package com.edutrack.content;

import java.util.List;
import com.edutrack.catalog.Viewers;
import com.edutrack.catalog.Viewer;
import java.util.Map;

import com.edutrack.content.Views.LectureSummaryView;
import com.edutrack.content.Views.TopicDetailView;
import com.edutrack.content.Views.TopicView;
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

/** Topics (seed section 3). */
@Path("/api/courses/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {
    @Inject
    TopicService topics;
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
    @Operation(description = "Staff see their teacher's topics, students the active topics of active courses, the site owner all. "
            + "Default order: order, then id. For students lecture_count counts visible lectures only.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        TopicService.Filters f = new TopicService.Filters(q.integer("course"), q.bool("is_active"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(topics.list(viewer(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "A topic with its lectures and their videos; another teacher's topic, or a hidden one for a student, is 404.")
    public TopicDetailView get(@PathParam("id") long id) {
        return topics.get(viewer(), id);
    }

    @GET
    @Path("/{id}/lectures")
    @Allow
    public List<LectureSummaryView> lectures(@PathParam("id") long id) {
        return topics.lectures(viewer(), id);
    }

    @POST
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public Response create(FormBody body) {
        return Response.status(201).entity(topics.create(viewer().requireTeacher(), body)).build();
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public TopicView put(@PathParam("id") long id, FormBody body) {
        return topics.update(viewer().requireTeacher(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public TopicView patch(@PathParam("id") long id, FormBody body) {
        return topics.update(viewer().requireTeacher(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Deletes the topic with its lectures and videos; refused (400) when one of its lectures has purchases.")
    public Response delete(@PathParam("id") long id) {
        topics.delete(viewer().requireTeacher(), id);
        return Response.noContent().build();
    }
}
