package com.edutrack.notifications;

import java.util.Map;

import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Seed section 14: any signed-in user's own notifications. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Allow
public class NotificationResource {
    @Inject
    NotificationInbox inbox;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Operation(description = "The caller's notifications, newest first. Filters: is_read (true|false), notification_type (one of "
            + "the platform.md section 4 values). Paginated (page, page_size, all=true).")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        Boolean read = q.bool("is_read");
        String type = q.choice("notification_type", NotificationType.VALUES);
        q.validate();
        return pages.body(inbox.list(currentUser.id(), read, type, PageRequest.from(uri)));
    }

    @GET
    @Path("/unread-count")
    public Map<String, Object> unreadCount() {
        return Map.of("count", inbox.unreadCount(currentUser.id()));
    }

    @POST
    @Path("/mark-all-read")
    public Map<String, Object> markAllRead() {
        inbox.markAllRead(currentUser.id());
        return Map.of("message", "All notifications marked as read");
    }

    @POST
    @Path("/{id: \\d+}/mark-read")
    @Operation(description = "Marks one of the caller's notifications read (idempotent). Another user's or a missing id: 404 "
            + "{\"error\": \"Notification not found\"}.")
    public Map<String, Object> markRead(@PathParam("id") long id) {
        inbox.markRead(currentUser.id(), id);
        return Map.of("message", "Notification marked as read");
    }
}
