package com.edutrack.commerce;

import java.util.List;

import com.edutrack.commerce.BalanceViews.Deposit;
import com.edutrack.commerce.BalanceViews.LedgerRow;
import com.edutrack.commerce.BalanceViews.OwnBalance;
import com.edutrack.commerce.BalanceViews.StudentBalance;
import com.edutrack.commerce.CommerceForms.DepositForm;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Balances per student and course, kept as a ledger (seed section 12). */
@Path("/api/payments/balance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class BalanceResource {
    @Inject
    BalanceService balances;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @POST
    @Path("/add")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "A deposit into an approved student's balance in one of the caller's teacher's courses: one ledger row "
            + "(type deposit, actor = caller, reason) and a notice to the student; parallel calls are serialized per student and course. "
            + "Another teacher's course or a student not approved there: 403 {\"error\"}.")
    @APIResponseSchema(Deposit.class)
    @APIResponse(responseCode = "404", description = "No such student (id or student_code) or course: {\"error\"}.")
    public Deposit add(DepositForm form) {
        return balances.add(currentUser.require(), form);
    }

    @GET
    @Path("/students")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Every approved student of the caller's teacher's courses with their balance there, as a plain array "
            + "ordered by course name and student name.")
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only this course (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "student", in = ParameterIn.QUERY, description = "Only this student: id (digits) or student_code.",
            schema = @Schema(type = SchemaType.STRING))
    public List<StudentBalance> students() {
        QueryParams q = new QueryParams(uri);
        Long course = q.integer("course");
        q.validate();
        return balances.ofTeacher(currentUser.require().teacherId(), course, q.text("student"));
    }

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The student's balance in each course where they are approved, as a plain array.")
    public List<OwnBalance> mine() {
        return balances.mine(currentUser.require().studentId());
    }

    @GET
    @Path("/transactions")
    @Allow({Role.STUDENT, Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The ledger, newest first. Students see their own rows, staff the rows of their teacher's courses.")
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only this course (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "student", in = ParameterIn.QUERY, description = "Staff only: this student, id (digits) or student_code.",
            schema = @Schema(type = SchemaType.STRING))
    public DrfPage<LedgerRow> transactions() {
        QueryParams q = new QueryParams(uri);
        Long course = q.integer("course");
        q.validate();
        return pages.body(balances.transactions(currentUser.require(), course, q.text("student"), PageRequest.from(uri)));
    }
}
