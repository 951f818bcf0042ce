package com.edutrack.commerce;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.edutrack.commerce.BalanceViews.Added;
import com.edutrack.commerce.BalanceViews.OwnBalance;
import com.edutrack.commerce.BalanceViews.StudentBalance;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.input.NumberFields;
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

/** Seed section 12 and platform.md section 4: balances per student and course, kept as a ledger. */
@Path("/api/payments/balance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class BalanceResource {
    private static final BigDecimal CENT = new BigDecimal("0.01");

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
    @Operation(description = "A deposit into an approved student's balance in one of the caller's teacher's courses. student_id is the "
            + "student's PK or student_code. amount: 0.01 or more, at most 2 decimals and 10 digits. Each call writes one ledger row "
            + "(type deposit, actor = caller, reason) and notifies the student; parallel calls are serialized per student and course.")
    public Added add(FormBody body) {
        String student = body.requiredString("student_id");
        Long course = body.requiredInteger("course_id");
        BigDecimal amount = NumberFields.money(body.errors(), "amount", body.decimal("amount"), CENT);
        if (!body.errors().has("amount")) {
            body.errors().require("amount", amount);
        }
        String reason = body.string("reason");
        body.errors().maxLength("reason", reason, 500);
        body.errors().throwIfAny();
        return balances.add(currentUser.require(), student.trim(), course, amount, reason == null || reason.isBlank() ? null : reason);
    }

    @GET
    @Path("/students")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Every approved student of the caller's teacher's courses with their balance there (0.00 before any "
            + "movement), as the seed's plain array ordered by course name and student name. Filters: course (id), student (PK or "
            + "student_code).")
    public List<StudentBalance> students() {
        QueryParams q = new QueryParams(uri);
        Long course = q.integer("course");
        q.validate();
        return balances.ofTeacher(currentUser.require().teacherId(), course, q.text("student"));
    }

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The student's balance in each course where they are approved: [{course_id, course_name, balance}].")
    public List<OwnBalance> mine() {
        return balances.mine(currentUser.require().studentId());
    }

    @GET
    @Path("/transactions")
    @Allow({Role.STUDENT, Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The ledger, newest first, paginated: {id, type (deposit|purchase|refund|recharge_code|adjustment), amount "
            + "(signed: credits positive, debits negative), balance_after, reason, actor, actor_name, student_id, student_name, "
            + "student_code, course_id, course_name, created_at}. Students see their own rows, staff the rows of their teacher's courses. "
            + "Filters: course, student (staff only; PK or student_code).")
    public DrfPage<?> transactions() {
        QueryParams q = new QueryParams(uri);
        Long course = q.integer("course");
        q.validate();
        return pages.body(balances.transactions(currentUser.require(), course, q.text("student"), PageRequest.from(uri)));
    }
}
