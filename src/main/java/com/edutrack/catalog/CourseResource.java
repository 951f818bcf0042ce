package com.edutrack.catalog;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Public;
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

/** Courses: the public catalog, the site owner's administration, and staff's own courses. */
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
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
            + "For everyone but the site owner topic_count counts active topics.")
    @Parameter(name = "grade", in = ParameterIn.QUERY, description = "Grade id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "subject", in = ParameterIn.QUERY, description = "Subject id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "teacher", in = ParameterIn.QUERY, description = "Teacher profile id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN),
            description = "Site owner only (others always see active courses)")
    @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Words in the name, description, teacher, subject or grade name")
    @Parameter(name = "ordering", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "name, created_at or id, - for descending; default -created_at")
    public DrfPage<CourseView> catalog() {
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
    @Created
    @Allow(Role.SITEOWNER)
    @Operation(description = "Create a course for a teacher.")
    public CourseView create(CourseForm form) {
        return courses.create(form);
    }

    @PUT
    @Path("/courses/{id}")
    @Allow(Role.SITEOWNER)
    public CourseView replace(@PathParam("id") long id, CourseForm form) {
        return courses.update(id, form);
    }

    @PATCH
    @Path("/courses/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Partial update; an empty cover_picture value removes the picture.")
    public CourseView patch(@PathParam("id") long id, CourseForm form) {
        return courses.update(id, form);
    }

    @DELETE
    @Path("/courses/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Deletes a course without topics, enrollments, balances or recharge codes; "
            + "otherwise 400 (deactivate it instead).")
    public void delete(@PathParam("id") long id) {
        courses.delete(id);
    }

    @GET
    @Path("/my_courses")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The courses of the teacher the caller teaches or assists for, inactive ones included; "
            + "404 {\"detail\": \"Teacher profile not found.\"} when the caller has no teacher profile.")
    @Parameter(name = "grade", in = ParameterIn.QUERY, description = "Grade id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "subject", in = ParameterIn.QUERY, description = "Subject id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Words in the name, description, teacher, subject or grade name")
    @Parameter(name = "ordering", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "name, created_at or id, - for descending; default -created_at")
    public DrfPage<CourseView> myCourses() {
        Principal p = currentUser.require();
        if (p.teacherId() == null) {
            throw ApiException.detail(404, "Teacher profile not found.");
        }
        return pages.body(courses.ofTeacher(p.teacherId(), filters(), PageRequest.from(uriInfo)));
    }
}
