package com.edutrack.commerce;

import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/courses/lectures/{id}/purchase/}. Its own root resource: a second resource
 * class on {@code /api/courses/lectures} would not be matched.
 */
@Path("/api/courses/lectures/{id: \\d+}/purchase")
@Produces(MediaType.APPLICATION_JSON)
public class LecturePurchaseResource {
    @Inject
    PurchaseService purchases;
    @Inject
    CurrentUser currentUser;

    @POST
    @Created
    @Allow(Role.STUDENT)
    @Consumes(MediaType.WILDCARD)
    @Operation(description = "Buys a visible lecture from the student's balance in its course (no body): 201 the purchase, expires_at = "
            + "now + available_days. Needs an approved enrollment (403) and course access (403); balance below final_price is 400 "
            + "{\"error\": \"Insufficient balance\"}, an unexpired purchase of the same lecture 400 {\"error\": \"You already have "
            + "access to this lecture\"}. The debit and the purchase are one transaction under the student's wallet lock.")
    public PurchaseView purchase(@PathParam("id") long id) {
        return purchases.purchase(currentUser.require().studentId(), id);
    }
}
