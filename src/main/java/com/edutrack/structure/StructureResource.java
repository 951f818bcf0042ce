package com.edutrack.structure;

import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
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

/** Grades, subjects, governorates and areas: read by anyone, written by the site owner. */
@Path("/api/structure/{kind: grades|subjects|governorates|areas}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class StructureResource {
    @Inject
    StructureService structure;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Public
    @Operation(description = "Anyone reads active items; the site owner also sees inactive ones and may filter by is_active. "
            + "Areas filter by governorate. search (name), ordering (order, name, id); default order, name.")
    public Map<String, Object> list(@PathParam("kind") String kind) {
        QueryParams q = new QueryParams(uri);
        Boolean isActive = q.bool("is_active");
        Long governorate = q.integer("governorate");
        q.validate();
        return pages.body(structure.list(kind(kind), currentUser.is(Role.SITEOWNER), isActive, governorate,
                q.text("search"), q.text("ordering"), PageRequest.from(uri)));
    }

    @POST
    @Allow(Role.SITEOWNER)
    public Response create(@PathParam("kind") String kind, FormBody body) {
        return Response.status(201).entity(structure.create(kind(kind), body)).build();
    }

    @GET
    @Path("/{id: \\d+}")
    @Public
    public Map<String, Object> get(@PathParam("kind") String kind, @PathParam("id") long id) {
        return structure.get(kind(kind), id, currentUser.is(Role.SITEOWNER));
    }

    @PUT
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public Map<String, Object> replace(@PathParam("kind") String kind, @PathParam("id") long id, FormBody body) {
        return structure.update(kind(kind), id, body, false);
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public Map<String, Object> patch(@PathParam("kind") String kind, @PathParam("id") long id, FormBody body) {
        return structure.update(kind(kind), id, body, true);
    }

    @DELETE
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Refused with 400 while the item is referenced (students, teachers, courses): deactivate it instead.")
    public Response delete(@PathParam("kind") String kind, @PathParam("id") long id) {
        structure.delete(kind(kind), id);
        return Response.noContent().build();
    }

    private static StructureKind kind(String path) {
        return StructureKind.of(path).orElseThrow(ApiException::notFound);
    }
}
