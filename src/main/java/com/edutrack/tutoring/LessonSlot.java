package com.edutrack.tutoring;

import java.time.LocalDate;
import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.TutoringEnums.LocationType;
import com.edutrack.tutoring.TutoringEnums.SlotStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One scheduled lesson of a pack. Its status moves available -> booked -> completed (or back to available when freed). */
@Entity
@Table(name = "lesson_slots")
public class LessonSlot extends Versioned {
    @Id
    private UUID id = UUID.randomUUID();
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_profile_id", nullable = false, updatable = false)
    private TutorProfile tutorProfile;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_pack_id", nullable = false, updatable = false)
    private CoursePack coursePack;
    @Column(name = "scheduled_date", nullable = false)
    private LocalDate scheduledDate;
    @Column(name = "scheduled_time", nullable = false, length = 5)
    private String scheduledTime;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SlotStatus status = SlotStatus.available;
    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", nullable = false, length = 20)
    private LocationType locationType;
    @Column(name = "location_details", length = 500)
    private String locationDetails;

    protected LessonSlot() {
    }

    public LessonSlot(CoursePack pack) {
        this.coursePack = pack;
        this.tutorProfile = pack.getTutorProfile();
    }

    public void schedule(LocalDate date, String time, Integer durationMinutes, LocationType locationType, String locationDetails) {
        if (date != null) this.scheduledDate = date;
        if (time != null) {
            if (!time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
                throw ApiException.tutoring(400, "errMsg_ScheduledTimeIsNotValid", "scheduledTime must be HH:mm.");
            }
            this.scheduledTime = time;
        }
        if (durationMinutes != null) {
            if (durationMinutes < 1 || durationMinutes > 24 * 60) {
                throw ApiException.tutoring(400, "errMsg_DurationMinutesIsNotValid", "durationMinutes must be between 1 and 1440.");
            }
            this.durationMinutes = durationMinutes;
        }
        if (locationType != null) this.locationType = locationType;
        if (locationDetails != null) this.locationDetails = locationDetails;
    }

    /** Called with the row locked (PESSIMISTIC_WRITE), so two bookings cannot both see it available. */
    public void book() {
        if (status != SlotStatus.available) {
            throw ApiException.tutoring(409, "errMsg_LessonSlotNotAvailable", "Lesson slot " + id + " is not available.");
        }
        status = SlotStatus.booked;
    }

    /** A canceled enrollment gives its not-yet-held lessons back; completed lessons stay completed. */
    public void free() {
        if (status == SlotStatus.booked) {
            status = SlotStatus.available;
        }
    }

    public void complete() {
        if (status == SlotStatus.completed) {
            return;
        }
        if (status != SlotStatus.booked) {
            throw ApiException.tutoring(409, "errMsg_LessonSlotNotBooked", "Only a booked lesson slot can be completed.");
        }
        status = SlotStatus.completed;
    }

    /** Only an open (available) slot may be edited, canceled or deleted by its tutor. */
    public void requireOpen() {
        if (status != SlotStatus.available && status != SlotStatus.canceled) {
            throw ApiException.tutoring(409, "errMsg_LessonSlotIsBooked", "A booked or completed lesson slot cannot be changed.");
        }
    }

    public void setStatus(SlotStatus status) {
        this.status = status;
    }

    public UUID getId() { return id; }
    public TutorProfile getTutorProfile() { return tutorProfile; }
    public CoursePack getCoursePack() { return coursePack; }
    public LocalDate getScheduledDate() { return scheduledDate; }
    public String getScheduledTime() { return scheduledTime; }
    public int getDurationMinutes() { return durationMinutes; }
    public SlotStatus getStatus() { return status; }
    public LocationType getLocationType() { return locationType; }
    public String getLocationDetails() { return locationDetails; }
}
