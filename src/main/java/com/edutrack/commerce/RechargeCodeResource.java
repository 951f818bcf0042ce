package com.edutrack.commerce;

import java.util.List;

import com.edutrack.commerce.BalanceViews.CodeView;
import com.edutrack.commerce.BalanceViews.Redemption;
import com.edutrack.commerce.CommerceForms.CodeBatchForm;
import com.edutrack.commerce.CommerceForms.RedeemForm;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
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

/** Prepaid recharge codes: the site owner issues them, students redeem them once. */
@Path("/api/payments/recharge-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class RechargeCodeResource {
    @Inject
    RechargeCodeService codes;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @POST
    @Created
    @Allow(Role.SITEOWNER)
    @Operation(description = "Generates count codes worth amount each: 201 with the plain array of the new codes. A code is 16 "
            + "characters from a 32-symbol alphabet without look-alikes (80 random bits).")
    public List<CodeView> generate(CodeBatchForm form) {
        return codes.generate(currentUser.require().userId(), form);
    }

    @GET
    @Allow(Role.SITEOWNER)
    @Operation(description = "All codes, newest first.")
    @Parameter(name = "is_used", in = ParameterIn.QUERY, description = "true: spent codes; false: unspent ones.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only codes bound to this course (id).",
            schema = @Schema(type = SchemaType.INTEGER))
    public DrfPage<CodeView> list() {
        QueryParams q = new QueryParams(uri);
        Boolean used = q.bool("is_used");
        Long course = q.integer("course");
        q.validate();
        return pages.body(codes.list(used, course, PageRequest.from(uri)));
    }

    @POST
    @Path("/redeem")
    @Allow(Role.STUDENT)
    @Operation(description = "Adds the code's amount to the student's balance in course (an approved enrollment is needed, else 403). "
            + "A code is spent once; a wrong, spent or other-course code is 400 {\"code\": [\"Invalid or already used recharge code.\"]}.")
    @APIResponseSchema(Redemption.class)
    @APIResponse(responseCode = "429", description = "5 wrong codes within 15 minutes: refused until the oldest of them is 15 minutes old.")
    public Redemption redeem(RedeemForm form) {
        return codes.redeem(currentUser.require(), form);
    }
}
