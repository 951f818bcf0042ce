package com.edutrack.accounts;

import java.time.Instant;
import java.time.LocalDate;

/** The student profile shape of the student docs (platform.md section 2). */
public record StudentView(long id, long userId, String username, String email, String studentCode, String nameAr, String nameEn,
                          String fullName, String phoneNumber, String fatherNumber, String motherNumber, String fatherJob,
                          String educationalState, long grade, String gradeName, String schoolName, String nationalId,
                          LocalDate birthDate, String gender, String gmail, String facebookLink, long governorate,
                          String governorateName, long area, String areaName, String status, boolean isActive,
                          boolean canAccessCourse, Instant createdAt, Instant updatedAt) {

    static StudentView of(Student s) {
        User u = s.getUser();
        return new StudentView(s.getId(), u.getId(), u.getUsername(), u.getGmail(), s.getStudentCode(), s.getNameAr(), s.getNameEn(),
                u.getName(), s.getPhoneNumber(), s.getFatherNumber(), s.getMotherNumber(), s.getFatherJob(), s.getEducationalState(),
                s.getGrade().getId(), s.getGrade().getName(), s.getSchoolName(), s.getNationalId(), s.getBirthDate(), s.getGender(),
                u.getGmail(), s.getFacebookLink(), s.getGovernorate().getId(), s.getGovernorate().getName(), s.getArea().getId(),
                s.getArea().getName(), s.getStatus(), u.isActive(), s.isCanAccessCourse(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
