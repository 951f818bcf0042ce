package com.edutrack.tutoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.tutoring.SchedulingForms.LessonSlotForm;
import com.edutrack.tutoring.TutoringEnums.LocationType;
import com.edutrack.tutoring.TutoringEnums.SlotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class LessonSlotService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Callers callers;
    @Inject
    CoursePackService packs;
    @Inject
    EnrollmentLifecycleService lifecycle;

    @Transactional
    public LessonSlot create(LessonSlotForm body) {
        body.validate();
        TutorProfile tutor = callers.requireTutor();
        CoursePack pack = packs.find(body.coursePackId());
        if (!pack.getTutorProfile().getId().equals(tutor.getId())) {
            throw Callers.forbidden("Slots can only be added to your own course packs.");
        }
        if (body.scheduledDate() == null || body.scheduledTime() == null || body.durationMinutes() == null || body.locationType() == null) {
            throw ApiException.tutoring(400, "errMsg_RequiredFieldsMissing", "coursePackId, scheduledDate, scheduledTime, durationMinutes and locationType are required.");
        }
        LessonSlot slot = new LessonSlot(pack);
        slot.schedule(body.scheduledDate(), body.scheduledTime(), body.durationMinutes(),
                TutoringEnums.parse(LocationType.class, body.locationType(), "locationType"), body.locationDetails());
        em.persist(slot);
        return slot;
    }

    public LessonSlot find(UUID id) {
        LessonSlot s = em.find(LessonSlot.class, id);
        if (s == null) {
            throw Callers.notFound("LessonSlot");
        }
        return s;
    }

    public Page<LessonSlot> list(UUID coursePackId, String status, PageRequest page) {
        return ListQuery.of(em, LessonSlot.class).fetch("tutorProfile", "coursePack")
                .equal("coursePack.id", coursePackId)
                .equal("status", TutoringEnums.parse(SlotStatus.class, status, "status"))
                .ordering(null, Map.of(), "scheduledDate", "scheduledTime").page(page);
    }

    /** The tutor reschedules an open slot; booked or completed slots are fixed (the student relies on them). */
    @Transactional
    public LessonSlot update(UUID id, LessonSlotForm body) {
        body.validate();
        LessonSlot slot = owned(id);
        slot.requireOpen();
        if (body.status() != null) {
            SlotStatus wanted = TutoringEnums.parse(SlotStatus.class, body.status(), "status");
            if (wanted != SlotStatus.available && wanted != SlotStatus.canceled) {
                throw ApiException.tutoring(400, "errMsg_StatusIsNotValid", "A tutor may only set a slot available or canceled; booking and completion have their own routes.");
            }
            slot.setStatus(wanted);
        }
        slot.schedule(body.scheduledDate(), body.scheduledTime(), body.durationMinutes(),
                TutoringEnums.parse(LocationType.class, body.locationType(), "locationType"), body.locationDetails());
        em.flush();
        return slot;
    }

    /** Deleting an open slot cancels it (the row stays for history); a booked one cannot be deleted. */
    @Transactional
    public LessonSlot delete(UUID id) {
        LessonSlot slot = owned(id);
        slot.requireOpen();
        slot.setStatus(SlotStatus.canceled);
        em.flush();
        return slot;
    }

    /** The tutor marks a held lesson completed; the enrollment holding it is then checked for completion. */
    @Transactional
    public LessonSlot complete(UUID id) {
        LessonSlot slot = owned(id);
        List<Enrollment> holders = lifecycle.lockHolders(slot);
        em.refresh(slot, LockModeType.PESSIMISTIC_WRITE);
        slot.complete();
        em.flush();
        lifecycle.completeHolders(holders, callers.uuid());
        return slot;
    }

    private LessonSlot owned(UUID id) {
        LessonSlot slot = find(id);
        if (!callers.isAdmin() && !callers.owns(slot.getTutorProfile())) {
            throw Callers.forbidden("Only the slot's tutor or an admin may change it.");
        }
        return slot;
    }
}
