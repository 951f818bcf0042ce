package com.edutrack.accounts;

import com.edutrack.accounts.StudentForms.RegistrationForm;
import com.edutrack.accounts.StudentForms.StudentAdminForm;
import com.edutrack.accounts.StudentForms.StudentProfileForm;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

/** Student registration, the student's own profile, and student administration (platform.md section 2). */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class StudentResource {
    @Inject
    StudentService students;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @POST
    @Path("/register")
    @Public
    @Created
    @Operation(description = "Public student sign-up (JSON or multipart). username and gmail unique; phone numbers are Egyptian mobiles "
            + "(01[0125] + 8 digits); national_id 14 digits; area must belong to governorate; a unique student_code (STU-########) is generated.")
    public StudentView register(RegistrationForm form) {
        return students.register(form);
    }

    @GET
    @Path("/profile/me")
    @Allow(Role.STUDENT)
    public StudentView profile() {
        return students.get(currentUser.require().studentId());
    }

    @PATCH
    @Path("/profile/me")
    @Allow(Role.STUDENT)
    @Operation(description = "The student edits names, gmail, phones, personal and school data; username, student_code, status, "
            + "is_active and can_access_course are read-only here.")
    public StudentView updateProfile(StudentProfileForm form) {
        return students.updateProfile(currentUser.require().studentId(), form);
    }

    @GET
    @Path("/students")
    @Allow({Role.SITEOWNER, Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Site owner: all students; staff: students with an approved enrollment in their teacher's courses. "
            + "Default order -created_at.")
    @Parameter(name = "grade", in = ParameterIn.QUERY, description = "A grade id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "The login is active", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, description = "Contains (any case): name_en, name_ar, username, student_code, "
            + "phone_number", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = "name, created_at or student_code; - for descending; "
            + "comma-separated", schema = @Schema(type = SchemaType.STRING))
    public DrfPage<StudentView> list() {
        QueryParams q = new QueryParams(uri);
        Long grade = q.integer("grade");
        Boolean active = q.bool("is_active");
        q.validate();
        return pages.body(students.list(currentUser.require(), new StudentService.Filters(grade, active, q.text("search"), q.text("ordering")),
                PageRequest.from(uri)));
    }

    @GET
    @Path("/students/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public StudentView get(@PathParam("id") long id) {
        return students.get(id);
    }

    @PATCH
    @Path("/students/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Site owner switches: is_active, status (active|suspended|graduated), can_access_course.")
    public StudentView administer(@PathParam("id") long id, StudentAdminForm form) {
        return students.administer(id, form);
    }
}
