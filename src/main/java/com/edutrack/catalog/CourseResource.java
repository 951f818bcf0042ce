package com.edutrack.catalog;

import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Public;
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

/** Courses: public catalog, site-owner administration, and staff's own courses (seed section 2, platform.md 3). */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {
    @Inject
    CourseService courses;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uriInfo;

    private CourseService.Filters filters() {
        QueryParams q = new QueryParams(uriInfo);
        CourseService.Filters f = new CourseService.Filters(q.integer("grade"), q.integer("subject"), q.integer("teacher"),
                q.bool("is_active"), q.text("search"), q.text("ordering"));
        q.validate();
        return f;
    }

    @GET
    @Path("/courses")
    @Public
    @Operation(description = "Course catalog. Anyone sees active courses; the site owner also inactive ones (filter is_active). "
            + "Filters grade, subject, teacher; search over name, description, teacher, subject and grade names; "
            + "ordering name, created_at (default newest first). For everyone but the site owner topic_count counts active topics.")
    public DrfPage<?> catalog() {
        CourseService.Filters f = filters();
        return pages.body(courses.catalog(f, currentUser.is(Role.SITEOWNER), PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/courses/{id}")
    @Public
    @Operation(description = "One course; an inactive course is 404 except for the site owner and its own teacher and assistants, "
            + "who also see all of its topics in topic_count (everyone else counts active topics).")
    public CourseView get(@PathParam("id") long id) {
        return courses.get(id, currentUser.principalOrNull());
    }

    @POST
    @Path("/courses")
    @Allow(Role.SITEOWNER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Create a course for a teacher (multipart for cover_picture: JPEG/PNG/WebP by content, at most 5 MB).")
    public Response create(FormBody body) {
        return Response.status(201).entity(courses.create(body)).build();
    }

    @PUT
    @Path("/courses/{id}")
    @Allow(Role.SITEOWNER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    public CourseView put(@PathParam("id") long id, FormBody body) {
        return courses.update(id, body, false);
    }

    @PATCH
    @Path("/courses/{id}")
    @Allow(Role.SITEOWNER)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(description = "Partial update; an empty cover_picture value removes the picture.")
    public CourseView patch(@PathParam("id") long id, FormBody body) {
        return courses.update(id, body, true);
    }

    @DELETE
    @Path("/courses/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Deletes a course without topics, enrollments, balances or recharge codes; otherwise 400 (deactivate it instead).")
    public Response delete(@PathParam("id") long id) {
        courses.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/my_courses")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The courses of the teacher the caller teaches or assists for, inactive ones included; "
            + "filters grade, subject, is_active, search, ordering as the catalog.")
    public DrfPage<?> myCourses() {
        Principal p = currentUser.require();
        if (p.teacherId() == null) {
            throw ApiException.detail(404, "Teacher profile not found.");
        }
        return pages.body(courses.ofTeacher(p.teacherId(), filters(), PageRequest.from(uriInfo)));
    }
}
