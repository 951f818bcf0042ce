package com.edutrack.structure;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.structure.StructureForms.LookupForm;
import com.edutrack.structure.StructureViews.Lookup;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Grades, subjects and governorates: read by anyone, written by the site owner (areas: {@link AreaResource}). */
@Path("/api/structure/{kind: grades|subjects|governorates}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class LookupResource {
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
            + "search (name), ordering (order, name, id); default order, name.")
    public DrfPage<Lookup> list(@PathParam("kind") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = {"grades", "subjects", "governorates"})) String kind) {
        return pages.body(structure.list(kind(kind), filters(uri, currentUser.is(Role.SITEOWNER)), PageRequest.from(uri)).map(Lookup::of));
    }

    @POST
    @Created
    @Allow(Role.SITEOWNER)
    public Lookup create(@PathParam("kind") String kind, LookupForm form) {
        return Lookup.of(structure.create(kind(kind), form));
    }

    @GET
    @Path("/{id: \\d+}")
    @Public
    @Operation(description = "An inactive item is 404 except for the site owner.")
    public Lookup get(@PathParam("kind") String kind, @PathParam("id") long id) {
        return Lookup.of(structure.get(kind(kind), id, currentUser.is(Role.SITEOWNER)));
    }

    @PUT
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public Lookup replace(@PathParam("kind") String kind, @PathParam("id") long id, LookupForm form) {
        return Lookup.of(structure.update(kind(kind), id, form));
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public Lookup patch(@PathParam("kind") String kind, @PathParam("id") long id, LookupForm form) {
        return Lookup.of(structure.update(kind(kind), id, form));
    }

    @DELETE
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Refused with 400 while the item is referenced (students, teachers, courses): deactivate it instead.")
    public void delete(@PathParam("kind") String kind, @PathParam("id") long id) {
        structure.delete(kind(kind), id);
    }

    private static StructureKind kind(String path) {
        return StructureKind.of(path).orElseThrow(ApiException::notFound);
    }

    /** The list filters, shared with {@link AreaResource}. */
    static StructureService.Filters filters(UriInfo uri, boolean seeInactive) {
        QueryParams q = new QueryParams(uri);
        Boolean isActive = q.bool("is_active");
        Long governorate = q.integer("governorate");
        q.validate();
        return new StructureService.Filters(seeInactive, isActive, governorate, q.text("search"), q.text("ordering"));
    }
}
