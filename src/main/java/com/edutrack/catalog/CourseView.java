package com.edutrack.catalog;

import java.time.Instant;
import java.util.function.Function;

/** The course shape of seed section 2 (also the public catalog's). */
public record CourseView(long id, String name, long teacher, String teacherName, long grade, String gradeName,
                         long subject, String subjectName, String description, String coverPicture, boolean isActive,
                         long topicCount, Instant createdAt) {

    /** Outside staff and the site owner, {@code topic_count} counts only the active topics a student can open. */
    public static CourseView of(Course c, Function<String, String> mediaUrl, boolean forStudent) {
        return new CourseView(c.getId(), c.getName(), c.getTeacher().getId(), c.getTeacher().getUser().getName(),
                c.getGrade().getId(), c.getGrade().getName(), c.getSubject().getId(), c.getSubject().getName(),
                c.getDescription(), mediaUrl.apply(c.getCoverPicture()), c.isActive(),
                forStudent ? c.getActiveTopicCount() : c.getTopicCount(), c.getCreatedAt());
    }
}
