package com.edutrack.commerce;

import java.math.BigDecimal;
import java.util.Map;

import com.edutrack.commerce.BalanceViews.Redeemed;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.input.NumberFields;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** platform.md section 4: prepaid recharge codes. */
@Path("/api/payments/recharge-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class RechargeCodeResource {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Inject
    RechargeCodeService codes;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @POST
    @Allow(Role.SITEOWNER)
    @Operation(description = "Generates count (1-500) codes worth amount each, for any course or only for course. 201 with the plain "
            + "array of the new codes. A code is 16 characters from a 32-symbol alphabet without look-alikes (80 random bits).")
    public Response generate(FormBody body) {
        Integer count = NumberFields.minMax(body.errors(), "count", body.requiredInteger("count"), 1, 500);
        BigDecimal amount = NumberFields.money(body.errors(), "amount", body.decimal("amount"), CENT);
        if (!body.errors().has("amount")) {
            body.errors().require("amount", amount);
        }
        Long course = body.integer("course");
        body.errors().throwIfAny();
        return Response.status(201).entity(codes.generate(currentUser.require().userId(), count, amount, course)).build();
    }

    @GET
    @Allow(Role.SITEOWNER)
    @Operation(description = "All codes, newest first, paginated. Filters: is_used (true|false), course.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        Boolean used = q.bool("is_used");
        Long course = q.integer("course");
        q.validate();
        return pages.body(codes.list(used, course, PageRequest.from(uri)));
    }

    @POST
    @Path("/redeem")
    @Allow(Role.STUDENT)
    @Operation(description = "Adds the code's amount to the student's balance in course (an approved enrollment is needed: else 403). "
            + "A code is used once; a wrong, used or other-course code is 400 {\"code\": [\"Invalid or already used recharge code.\"]}. "
            + "5 wrong codes within 15 minutes: 429 until the oldest of them is 15 minutes old.")
    public Redeemed redeem(FormBody body) {
        String code = body.requiredString("code");
        Long course = body.requiredInteger("course");
        body.errors().maxLength("code", code, 40);
        body.errors().throwIfAny();
        Principal p = currentUser.require();
        return codes.redeem(p.studentId(), p.userId(), code, course);
    }
}
