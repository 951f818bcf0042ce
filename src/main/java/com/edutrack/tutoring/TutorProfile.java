package com.edutrack.tutoring;

import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import com.edutrack.tutoring.TutoringEnums.TutorStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A teacher's public tutoring profile; one per teacher. Only an admin changes {@code status}. */
@Entity
@Table(name = "tutor_profiles")
public class TutorProfile extends Versioned {
    @Id
    private UUID id = UUID.randomUUID();
    @Column(name = "tutor_id", nullable = false, unique = true, updatable = false)
    private UUID tutorId;
    @Column(length = 5000)
    private String bio;
    @Column(length = 2000)
    private String certifications;
    @Column(name = "experience_years")
    private Integer experienceYears;
    @Column(length = 1000)
    private String subjects;
    @Column(name = "profile_photo", length = 500)
    private String profilePhoto;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TutorStatus status = TutorStatus.active;

    protected TutorProfile() {
    }

    public TutorProfile(UUID tutorId) {
        this.tutorId = tutorId;
    }

    /** Whether new bookings may be made with this tutor. */
    public boolean takesBookings() {
        return status == TutorStatus.active;
    }

    public void describe(String bio, String certifications, Integer experienceYears, String subjects, String profilePhoto) {
        if (experienceYears != null && experienceYears < 0) {
            throw com.edutrack.platform.errors.ApiException.tutoring(400, "errMsg_ExperienceYearsIsNotValid", "experienceYears cannot be negative.");
        }
        if (bio != null) this.bio = bio;
        if (certifications != null) this.certifications = certifications;
        if (experienceYears != null) this.experienceYears = experienceYears;
        if (subjects != null) this.subjects = subjects;
        if (profilePhoto != null) this.profilePhoto = profilePhoto;
    }

    public void setStatus(TutorStatus status) {
        this.status = status;
    }

    public UUID getId() { return id; }
    public UUID getTutorId() { return tutorId; }
    public String getBio() { return bio; }
    public String getCertifications() { return certifications; }
    public Integer getExperienceYears() { return experienceYears; }
    public String getSubjects() { return subjects; }
    public String getProfilePhoto() { return profilePhoto; }
    public TutorStatus getStatus() { return status; }
}
