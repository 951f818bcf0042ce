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

/** Topics of courses: read by anyone signed in (scoped), written by the course's teacher. */
@Path("/api/courses/topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class TopicResource {
    @Inject
    TopicService topics;
    @Inject
    Viewers viewers;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uriInfo;

    @GET
    @Allow
    @Operation(description = "Staff see their teacher's topics, students the active topics of active courses, the site owner all. "
            + "For students lecture_count counts visible lectures only.")
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Course id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Words in the name, description or course name")
    @Parameter(name = "ordering", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "order, created_at or name, - for descending; default order, then id")
    public DrfPage<TopicView> list() {
        QueryParams q = new QueryParams(uriInfo);
        TopicService.Filters f = new TopicService.Filters(q.integer("course"), q.bool("is_active"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(topics.list(viewers.current(), f, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "A topic with its lectures and their videos; another teacher's topic, or a hidden one for a student, is 404.")
    public TopicDetailView get(@PathParam("id") long id) {
        return topics.get(viewers.current(), id);
    }

    @GET
    @Path("/{id}/lectures")
    @Allow
    @Operation(description = "The topic's lectures without their videos (students: visible ones), ordered by order, then id.")
    public List<LectureSummaryView> lectures(@PathParam("id") long id) {
        return topics.lectures(viewers.current(), id);
    }

    @POST
    @Created
    @Allow(Role.TEACHER)
    @Operation(description = "Adds a topic to one of the caller's courses (another teacher's course: 403).")
    public TopicView create(TopicForm form) {
        return topics.create(viewers.current().requireTeacher(), form);
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.TEACHER)
    public TopicView replace(@PathParam("id") long id, TopicForm form) {
        return topics.update(viewers.current().requireTeacher(), id, form);
    }

    @PATCH
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Partial update; a course sent moves the topic (it must be the caller's too).")
    public TopicView patch(@PathParam("id") long id, TopicForm form) {
        return topics.update(viewers.current().requireTeacher(), id, form);
    }

    @DELETE
    @Path("/{id}")
    @Allow(Role.TEACHER)
    @Operation(description = "Deletes the topic with its lectures and videos; refused (400) when one of its lectures has purchases.")
    public void delete(@PathParam("id") long id) {
        topics.delete(viewers.current().requireTeacher(), id);
    }
}
