package com.edutrack.materials;

import java.io.InputStream;
import java.util.Map;

import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Study materials (seed section 11): PDFs of lectures, downloaded only through {@code /download/}. */
@Path("/api/materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {
    static final String PDF = "application/pdf";

    @Inject
    MaterialService materials;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uriInfo;

    @GET
    @Allow
    @Operation(description = "Paginated (DRF). Filters lecture, course, search (title, description, file name, lecture name), "
            + "ordering (title, created_at, updated_at, file_size; default -created_at). Staff see their teacher's materials, the "
            + "site owner all; a student sees only materials of visible lectures of active courses they hold an unexpired purchase "
            + "of (others are left out, not shown locked); a student whose course access is suspended gets 403.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uriInfo);
        MaterialService.Filters f = new MaterialService.Filters(q.integer("lecture"), q.integer("course"), q.text("search"), q.text("ordering"));
        q.validate();
        return pages.body(materials.list(currentUser.require(), f, PageRequest.from(uriInfo)));
    }

    @POST
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Operation(description = "multipart/form-data: lecture, title, description (optional), file. The file must be a PDF by "
            + "extension and by content (starts with %PDF-), at most 50 MB. Staff may use lectures of their teacher's courses only: "
            + "any other lecture id answers 400 {\"lecture\": [\"Invalid pk \\\"ID\\\" - object does not exist.\"]} like a missing one. "
            + "Students holding an unexpired purchase of a visible lecture are notified (material_added). 201 the material; "
            + "download_url is the authorized download route.")
    public Response create(FormBody body) {
        return Response.status(201).entity(materials.create(currentUser.require(), body)).build();
    }

    @GET
    @Path("/{id}")
    @Allow
    @Operation(description = "Staff: their teacher's materials, else 404; site owner: any. Student: 403 when course access is "
            + "suspended, 404 when the lecture is hidden from students, 403 {\"detail\": \"" + MaterialService.NO_PURCHASE
            + "\"} without an unexpired purchase of the lecture (never bought or expired).")
    public MaterialView get(@PathParam("id") long id) {
        return materials.get(currentUser.require(), id);
    }

    @GET
    @Path("/{id}/download")
    @Allow
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(description = "The PDF itself (application/pdf, attachment with the original file name), for exactly the "
            + "callers who may read the material (see GET /materials/{id}/). Files are stored outside /media/ under generated "
            + "names; this route is the only way to them. With EDUTRACK_MATERIAL_DOWNLOAD=redirect it answers 307 to a presigned "
            + "bucket URL valid for EDUTRACK_S3_PRESIGN_SECONDS instead, after the same checks.")
    public Response download(@PathParam("id") long id) {
        MaterialService.Download d = materials.download(currentUser.require(), id);
        if (d.redirect() != null) {
            return Response.temporaryRedirect(d.redirect()).header("Cache-Control", "private, no-store").build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, PDF)
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .header("Content-Length", d.size())
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @PUT
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Operation(description = "title required; description, lecture (another of the caller's lectures) and file optional. "
            + "A new file replaces the PDF (same checks as upload); the old file is deleted after the change committed. "
            + "Another teacher's material: 404.")
    public MaterialView put(@PathParam("id") long id, FormBody body) {
        return materials.update(currentUser.require(), id, body, false);
    }

    @PATCH
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_JSON})
    @Operation(description = "Partial update: any of title, description, lecture, file.")
    public MaterialView patch(@PathParam("id") long id, FormBody body) {
        return materials.update(currentUser.require(), id, body, true);
    }

    @DELETE
    @Path("/{id}")
    @Allow({Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "Deletes the material and its file. Another teacher's material: 404.")
    public Response delete(@PathParam("id") long id) {
        materials.delete(currentUser.require(), id);
        return Response.noContent().build();
    }
}
