package com.edutrack.platform.storage;

import java.io.InputStream;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves stored images from the media storage, whichever server stored them. They are public by
 * design: covers and pictures are shown on catalog pages. Study materials live under
 * {@code private/}, which no key this route accepts can reach.
 */
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
        ObjectStore.StoredObject image = store.open(folder + "/" + name).orElseThrow(ApiException::notFound);
        ImageKind kind = ImageKind.fromExtension(name.substring(name.lastIndexOf('.') + 1));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        StreamingOutput body = out -> {
            try (InputStream in = image.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, kind.mediaType()).header("Content-Length", image.size()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
