package com.edutrack.accounts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.edutrack.structure.Grade;

/** A teacher as the site owner's administration shows it. */
public record TeacherView(long id, long userId, String username, String name, String phone, String secondaryPhone, String gmail,
                          String gender, String profilePicture, String biography, String facebook, Long subjectId,
                          List<Long> gradeIds, boolean isActive, Instant createdAt) {

    static TeacherView of(Teacher t) {
        User u = t.getUser();
        return new TeacherView(t.getId(), u.getId(), u.getUsername(), u.getName(), t.getPhone(), t.getSecondaryPhone(), u.getGmail(),
                t.getGender(), t.getProfilePicture(), t.getBiography(), t.getFacebook(),
                t.getSubject() == null ? null : t.getSubject().getId(),
                t.getGrades().stream().map(Grade::getId).sorted(Comparator.naturalOrder()).toList(), u.isActive(), t.getCreatedAt());
    }
}
