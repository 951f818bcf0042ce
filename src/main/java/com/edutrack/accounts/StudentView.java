package com.edutrack.accounts;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The student profile shape of the student docs (platform.md section 2). */
@Schema(name = "Student", description = "A student's profile. email and gmail are the same address; full_name is name_en.",
        example = "{\"id\": 1, \"user_id\": 4, \"username\": \"demo-student\", \"email\": \"demo.student@gmail.com\", "
                + "\"student_code\": \"STU-00012345\", \"name_ar\": \"طالب تجريبي\", \"name_en\": \"Demo Student\", "
                + "\"full_name\": \"Demo Student\", \"phone_number\": \"01000000003\", \"father_number\": null, \"mother_number\": null, "
                + "\"father_job\": null, \"educational_state\": null, \"grade\": 1, \"grade_name\": \"Grade 1 Secondary\", "
                + "\"school_name\": null, \"national_id\": \"30001010100000\", \"birth_date\": \"2008-01-01\", \"gender\": \"male\", "
                + "\"gmail\": \"demo.student@gmail.com\", \"facebook_link\": null, \"governorate\": 1, \"governorate_name\": \"Cairo\", "
                + "\"area\": 1, \"area_name\": \"Nasr City\", \"status\": \"active\", \"is_active\": true, \"can_access_course\": true, "
                + "\"created_at\": \"2026-09-01T08:00:00Z\", \"updated_at\": \"2026-09-01T08:00:00Z\"}")
public record StudentView(@JsonbProperty("id") long id,
                          @JsonbProperty("user_id") long userId,
                          @JsonbProperty("username") String username,
                          @JsonbProperty("email") @JsonbNillable @Schema(nullable = true) String email,
                          @JsonbProperty("student_code") @Schema(description = "STU- and eight digits, generated at registration") String studentCode,
                          @JsonbProperty("name_ar") String nameAr,
                          @JsonbProperty("name_en") String nameEn,
                          @JsonbProperty("full_name") String fullName,
                          @JsonbProperty("phone_number") String phoneNumber,
                          @JsonbProperty("father_number") @JsonbNillable @Schema(nullable = true) String fatherNumber,
                          @JsonbProperty("mother_number") @JsonbNillable @Schema(nullable = true) String motherNumber,
                          @JsonbProperty("father_job") @JsonbNillable @Schema(nullable = true) String fatherJob,
                          @JsonbProperty("educational_state") @JsonbNillable @Schema(nullable = true) String educationalState,
                          @JsonbProperty("grade") long grade,
                          @JsonbProperty("grade_name") String gradeName,
                          @JsonbProperty("school_name") @JsonbNillable @Schema(nullable = true) String schoolName,
                          @JsonbProperty("national_id") String nationalId,
                          @JsonbProperty("birth_date") LocalDate birthDate,
                          @JsonbProperty("gender") @Schema(enumeration = {"male", "female"}) String gender,
                          @JsonbProperty("gmail") @JsonbNillable @Schema(nullable = true) String gmail,
                          @JsonbProperty("facebook_link") @JsonbNillable @Schema(nullable = true) String facebookLink,
                          @JsonbProperty("governorate") long governorate,
                          @JsonbProperty("governorate_name") String governorateName,
                          @JsonbProperty("area") long area,
                          @JsonbProperty("area_name") String areaName,
                          @JsonbProperty("status") StudentStatus status,
                          @JsonbProperty("is_active") boolean isActive,
                          @JsonbProperty("can_access_course") boolean canAccessCourse,
                          @JsonbProperty("created_at") Instant createdAt,
                          @JsonbProperty("updated_at") Instant updatedAt) {

    static StudentView of(Student s) {
        User u = s.getUser();
        return new StudentView(s.getId(), u.getId(), u.getUsername(), u.getGmail(), s.getStudentCode(), s.getNameAr(), s.getNameEn(),
                u.getName(), s.getPhoneNumber(), s.getFatherNumber(), s.getMotherNumber(), s.getFatherJob(), s.getEducationalState(),
                s.getGrade().getId(), s.getGrade().getName(), s.getSchoolName(), s.getNationalId(), s.getBirthDate(), s.getGender(),
                u.getGmail(), s.getFacebookLink(), s.getGovernorate().getId(), s.getGovernorate().getName(), s.getArea().getId(),
                s.getArea().getName(), s.getStatus(), u.isActive(), s.isCanAccessCourse(), s.getCreatedAt(), s.getUpdatedAt());
    }
}
