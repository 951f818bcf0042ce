package com.edutrack.tutoring;

import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.tutoring.SchedulingForms.MeetingDecisionForm;
import com.edutrack.tutoring.SchedulingForms.MeetingRequestForm;
import com.edutrack.tutoring.TutoringEnums.MeetingResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class PreliminaryMeetingService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Callers callers;
    @Inject
    CoursePackService packs;

    /** A student asks for a screening with a pack's tutor; the pack must still take bookings. */
    @Transactional
    public PreliminaryMeeting create(MeetingRequestForm body) {
        body.validate();
        CoursePack pack = packs.find(body.coursePackId());
        if (body.scheduledAt() == null) {
            throw ApiException.tutoring(400, "errMsg_ScheduledAtIsRequired", "scheduledAt is required.");
        }
        if (!pack.takesBookings()) {
            throw ApiException.tutoring(409, "errMsg_CoursePackNotBookable", "This course pack takes no bookings.");
        }
        PreliminaryMeeting meeting = new PreliminaryMeeting(pack, callers.uuid(), body.scheduledAt());
        em.persist(meeting);
        return meeting;
    }

    /** Students see their own meetings, tutors the meetings for their packs, admins all. */
    public Page<PreliminaryMeeting> list(PageRequest page) {
        ListQuery<PreliminaryMeeting> q = ListQuery.of(em, PreliminaryMeeting.class).fetch("coursePack");
        if (callers.isStudent()) {
            q.equal("studentId", callers.uuid());
        } else if (!callers.isAdmin()) {
            q.equal("coursePack.tutorProfile.tutorId", callers.uuid());
        }
        return q.ordering(null, Map.of(), "scheduledAt").page(page);
    }

    /** The pack's tutor (or an admin) records passed or failed. */
    @Transactional
    public PreliminaryMeeting decide(UUID id, MeetingDecisionForm body) {
        body.validate();
        PreliminaryMeeting meeting = em.find(PreliminaryMeeting.class, id);
        if (meeting == null) {
            throw Callers.notFound("PreliminaryMeeting");
        }
        if (!callers.isAdmin() && !callers.owns(meeting.getCoursePack().getTutorProfile())) {
            throw Callers.forbidden("Only the pack's tutor or an admin records the meeting result.");
        }
        MeetingResult result = TutoringEnums.parse(MeetingResult.class, body.result(), "result");
        if (result == null) {
            throw ApiException.tutoring(400, "errMsg_ResultIsRequired", "result (passed or failed) is required.");
        }
        meeting.decide(result, body.note());
        em.flush();
        return meeting;
    }
}
