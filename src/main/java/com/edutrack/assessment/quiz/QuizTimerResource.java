package com.edutrack.assessment.quiz;

import java.util.List;
import java.util.Map;

import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Site-owner routes that run the quiz timers now, through the timer bean itself (operations, and proof in tests). */
@Path("/api/learning/timers")
@Produces(MediaType.APPLICATION_JSON)
public class QuizTimerResource {
    @EJB
    QuizTimers timers;

    @POST
    @Path("/close-expired-attempts")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Runs the every-minute job now: closes in-progress attempts past deadline + 30 s with their saved answers "
            + "(graded; written ones wait for grade-written) -> {\"closed_attempts\": [ids closed by this run]}. Safe beside the "
            + "timer and other runs: each attempt is closed once.")
    public Map<String, List<Long>> closeExpiredAttempts() {
        return Map.of("closed_attempts", timers.closeExpiredAttempts());
    }

    @POST
    @Path("/notify-closed-quizzes")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Runs the every-minute job now: for quizzes whose close date passed with score or answers visibility "
            + "after_close, notifies the students who attempted (quiz_scores_released / quiz_answers_released) -> "
            + "{\"notified_quizzes\": [ids notified by this run]}. Each quiz is notified once, whatever runs overlap.")
    public Map<String, List<Long>> notifyClosedQuizzes() {
        return Map.of("notified_quizzes", timers.notifyClosedQuizzes());
    }
}
