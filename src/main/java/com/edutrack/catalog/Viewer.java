package com.edutrack.catalog;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;

/**
 * Who is looking at content, reduced to what decides visibility: the site owner sees everything,
 * staff see their teacher's courses only, students see what is open to students.
 */
public record Viewer(Role role, Long teacherId, Long studentId) {

    public static Viewer of(Principal p) {
        return new Viewer(p.role(), p.teacherId(), p.studentId());
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    public boolean isStaff() {
        return role == Role.TEACHER || role == Role.ASSISTANT;
    }

    /** The teacher a staff member acts for; 403 when the account has no teacher profile. */
    public long requireTeacher() {
        if (!isStaff() || teacherId == null) {
            throw ApiException.forbidden();
        }
        return teacherId;
    }
}
