package com.edutrack.notifications;

import com.edutrack.notifications.NotificationReplies.Ack;
import com.edutrack.notifications.NotificationReplies.UnreadCount;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Any signed-in user's own notifications (seed section 14). */
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
    @Operation(description = "The caller's notifications, newest first.")
    @Parameter(name = "is_read", in = ParameterIn.QUERY, description = "true: read ones; false: unread ones.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "notification_type", in = ParameterIn.QUERY, description = "Only this type (see Notification.notification_type).",
            schema = @Schema(type = SchemaType.STRING))
    public DrfPage<NotificationView> list() {
        QueryParams q = new QueryParams(uri);
        Boolean read = q.bool("is_read");
        String type = q.choice("notification_type", NotificationType.VALUES);
        q.validate();
        return pages.body(inbox.list(currentUser.id(), read, type, PageRequest.from(uri)));
    }

    @GET
    @Path("/unread-count")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(currentUser.id()));
    }

    @POST
    @Path("/mark-all-read")
    @Operation(description = "Marks every unread notification of the caller read.")
    public Ack markAllRead() {
        inbox.markAllRead(currentUser.id());
        return Ack.ALL;
    }

    @POST
    @Path("/{id: \\d+}/mark-read")
    @Operation(description = "Marks one of the caller's notifications read (idempotent). Another user's or a missing id: 404 "
            + "{\"error\": \"Notification not found\"}.")
    public Ack markRead(@PathParam("id") long id) {
        inbox.markRead(currentUser.id(), id);
        return Ack.ONE;
    }
}
