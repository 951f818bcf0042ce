package com.edutrack.structure;

import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.structure.StructureForms.AreaForm;
import com.edutrack.structure.StructureViews.AreaView;
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

/** Areas of governorates: read by anyone, written by the site owner. */
@Path("/api/structure/areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class AreaResource {
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
    @Operation(description = "Anyone reads active areas; the site owner also sees inactive ones and may filter by is_active. "
            + "governorate (id), search (name), ordering (order, name, id); default order, name.")
    public DrfPage<AreaView> list() {
        return pages.body(structure.<Area>list(StructureKind.AREAS, LookupResource.filters(uri, currentUser.is(Role.SITEOWNER)), PageRequest.from(uri)).map(AreaView::of));
    }

    @POST
    @Created
    @Allow(Role.SITEOWNER)
    public AreaView create(AreaForm form) {
        return AreaView.of(structure.createArea(form));
    }

    @GET
    @Path("/{id: \\d+}")
    @Public
    @Operation(description = "An inactive area is 404 except for the site owner.")
    public AreaView get(@PathParam("id") long id) {
        return AreaView.of((Area) structure.get(StructureKind.AREAS, id, currentUser.is(Role.SITEOWNER)));
    }

    @PUT
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public AreaView replace(@PathParam("id") long id, AreaForm form) {
        return AreaView.of(structure.updateArea(id, form));
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public AreaView patch(@PathParam("id") long id, AreaForm form) {
        return AreaView.of(structure.updateArea(id, form));
    }

    @DELETE
    @Path("/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Refused with 400 while the area is referenced (students): deactivate it instead.")
    public void delete(@PathParam("id") long id) {
        structure.delete(StructureKind.AREAS, id);
    }
}
