package com.edutrack.materials;

import java.time.Instant;

import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.content.Lecture;

/**
 * A study material on the wire (snake_case). {@code downloadUrl} is the authorized download route,
 * never a file path; {@code uploadedBy} is the uploader's user id.
 */
public record MaterialView(long id, long lecture, String lectureName, long course, String courseName, String title,
                           String description, String fileName, long fileSize, String downloadUrl, Long uploadedBy,
                           String uploadedByName, Instant createdAt, Instant updatedAt) {

    static MaterialView of(StudyMaterial m, String downloadUrl) {
        Lecture l = m.getLecture();
        Course c = l.getTopic().getCourse();
        User by = m.getUploadedBy();
        return new MaterialView(m.getId(), l.getId(), l.getName(), c.getId(), c.getName(), m.getTitle(), m.getDescription(),
                m.getFileName(), m.getFileSize(), downloadUrl, by == null ? null : by.getId(), by == null ? null : by.getName(),
                m.getCreatedAt(), m.getUpdatedAt());
    }
}
