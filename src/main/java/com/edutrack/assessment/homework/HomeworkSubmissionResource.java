package com.edutrack.assessment.homework;

import java.util.Map;

import com.edutrack.assessment.homework.HomeworkViews.SubmissionView;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Homework submissions: one by id (seed section 9) and a student's own list. */
@Path("/api/learning/homework-submissions")
@Produces(MediaType.APPLICATION_JSON)
public class HomeworkSubmissionResource {
    @Inject
    HomeworkService homeworks;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The caller's homework submissions (paginated, newest first); filter homework.")
    public DrfPage<?> mine() {
        QueryParams q = new QueryParams(uriInfo);
        Long homework = q.integer("homework");
        q.validate();
        return pages.body(homeworks.mySubmissions(currentUser.require().studentId(), homework, PageRequest.from(uriInfo)));
    }

    @GET
    @Path("/{id: \\d+}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.ASSISTANT, Role.SITEOWNER})
    @Operation(description = "A graded submission with its answers, the correct choices and the model answer. A student sees only "
            + "their own (others 404); staff those of their teacher's courses.")
    public SubmissionView get(@PathParam("id") long id) {
        return homeworks.submission(Viewer.of(currentUser.require()), id);
    }
}
