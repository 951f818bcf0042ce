package com.edutrack.platform.storage;

import java.nio.file.Files;


import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Serves stored images. They are public by design: covers and pictures are shown on catalog pages. */
@jakarta.ws.rs.Path("/media")
public class MediaResource {
    @Inject
    ImageStore store;

    @GET
    @jakarta.ws.rs.Path("/{folder}/{name}")
    @Public
    @Operation(description = "An uploaded image (course cover, lecture picture). Only generated names resolve; "
            + "the content type comes from the stored format. Cached for a day: a changed image gets a new name.")
    public Response image(@PathParam("folder") String folder, @PathParam("name") String name) {
        java.nio.file.Path file = store.fileOf(folder + "/" + name);
        if (file == null || !Files.isRegularFile(file)) {
            throw ApiException.notFound();
        }
        ImageKind kind = ImageKind.fromExtension(name.substring(name.lastIndexOf('.') + 1));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(file.toFile(), kind.mediaType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
