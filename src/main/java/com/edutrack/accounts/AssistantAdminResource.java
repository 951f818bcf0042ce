package com.edutrack.accounts;

import java.time.Instant;
import java.util.Map;

import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Site owner: every assistant of every teacher, read-only (teachers manage their own). */
@Path("/api/accounts/assistants")
@Produces(MediaType.APPLICATION_JSON)
public class AssistantAdminResource {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    /** The seed's assistant shape (section 1). */
    public record AssistantView(long id, long userId, String username, String name, String phone, String gmail, String gender,
                                String profilePicture, boolean isActive, Instant createdAt, long teacher) {
        static AssistantView of(Assistant a) {
            User u = a.getUser();
            return new AssistantView(a.getId(), u.getId(), u.getUsername(), u.getName(), a.getPhone(), u.getGmail(), a.getGender(),
                    a.getProfilePicture(), u.isActive(), a.getCreatedAt(), a.getTeacher().getId());
        }
    }

    @GET
    @Allow(Role.SITEOWNER)
    @Transactional
    public Map<String, Object> list() {
        QueryParams q = new QueryParams(uri);
        Long teacher = q.integer("teacher");
        Boolean active = q.bool("is_active");
        q.validate();
        return pages.body(ListQuery.of(em, Assistant.class).equal("teacher.id", teacher).equal("user.active", active)
                .search(q.text("search"), "user.name", "user.username", "user.gmail", "phone")
                .ordering(q.text("ordering"), Map.of("name", "user.name", "created_at", "createdAt"), "-createdAt")
                .fetch("user").page(PageRequest.from(uri)).map(AssistantView::of));
    }
}
