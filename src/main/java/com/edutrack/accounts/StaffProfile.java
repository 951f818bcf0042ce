package com.edutrack.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;

/**
 * What a teacher's and an assistant's profile share: the {@link User} they sign in as, contact
 * data, a picture, and when the profile was made (these tables keep no {@code updated_at}, so
 * they are not {@code Timestamped}).
 */
@MappedSuperclass
public abstract class StaffProfile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(length = 20)
    private String phone;
    @Column(length = 10)
    private String gender;
    @Column(name = "profile_picture", length = 300)
    private String profilePicture;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StaffProfile() {
    }

    protected StaffProfile(User user) {
        this.user = user;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the database keeps, so the 201 body matches later reads
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getProfilePicture() {
        return profilePicture;
    }

    public void setProfilePicture(String profilePicture) {
        this.profilePicture = profilePicture;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
