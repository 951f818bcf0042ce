package com.edutrack.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Response shapes of seed sections 3-5 (snake_case on the wire). */
public final class Views {
    private Views() {
    }

    public record TopicView(long id, long course, String courseName, String name, String description, int order,
                            boolean isActive, long lectureCount, Instant createdAt, Instant updatedAt) {
        /** Students count only the lectures they can see. */
        public static TopicView of(Topic t, boolean student) {
            return new TopicView(t.getId(), t.getCourse().getId(), t.getCourse().getName(), t.getName(), t.getDescription(),
                    t.getSortOrder(), t.isActive(), student ? t.getVisibleLectureCount() : t.getLectureCount(),
                    t.getCreatedAt(), t.getUpdatedAt());
        }
    }

    public record TopicDetailView(long id, long course, String courseName, String name, String description, int order,
                                  boolean isActive, List<LectureView> lectures, Instant createdAt, Instant updatedAt) {
        public static TopicDetailView of(Topic t, List<LectureView> lectures) {
            return new TopicDetailView(t.getId(), t.getCourse().getId(), t.getCourse().getName(), t.getName(), t.getDescription(),
                    t.getSortOrder(), t.isActive(), lectures, t.getCreatedAt(), t.getUpdatedAt());
        }
    }

    /** The full lecture (detail, list, create/update answers and topic detail's nested lectures). */
    public record LectureView(long id, long topic, String topicName, String courseName, String teacherName, String name,
                              String description, BigDecimal price, BigDecimal discount, BigDecimal finalPrice,
                              String formattedPrice, int availableDays, boolean isVisible, String picture, int order,
                              List<VideoView> videos, long videoCount, boolean isPurchased, Instant createdAt, Instant updatedAt) {
        public static LectureView of(Lecture l, List<VideoView> videos, boolean student, boolean purchased, Function<String, String> mediaUrl) {
            Topic t = l.getTopic();
            return new LectureView(l.getId(), t.getId(), t.getName(), t.getCourse().getName(), t.getCourse().getTeacher().getUser().getName(),
                    l.getName(), l.getDescription(), l.getPrice(), l.getDiscount(), l.getFinalPrice(), formatted(l.getFinalPrice()),
                    l.getAvailableDays(), l.isVisible(), mediaUrl.apply(l.getPicture()), l.getSortOrder(), videos,
                    student ? l.getActiveVideoCount() : l.getVideoCount(), purchased, l.getCreatedAt(), l.getUpdatedAt());
        }
    }

    /** The shorter lecture of {@code /topics/{id}/lectures/}. */
    public record LectureSummaryView(long id, long topic, String topicName, String name, String description, BigDecimal price,
                                     BigDecimal discount, BigDecimal finalPrice, String formattedPrice, int availableDays,
                                     boolean isVisible, String picture, int order, long videoCount, boolean isPurchased,
                                     Instant createdAt, Instant updatedAt) {
        public static LectureSummaryView of(Lecture l, boolean student, boolean purchased, Function<String, String> mediaUrl) {
            return new LectureSummaryView(l.getId(), l.getTopic().getId(), l.getTopic().getName(), l.getName(), l.getDescription(),
                    l.getPrice(), l.getDiscount(), l.getFinalPrice(), formatted(l.getFinalPrice()), l.getAvailableDays(), l.isVisible(),
                    mediaUrl.apply(l.getPicture()), l.getSortOrder(), student ? l.getActiveVideoCount() : l.getVideoCount(),
                    purchased, l.getCreatedAt(), l.getUpdatedAt());
        }
    }

    /** {@code videoUrl} is withheld (null) for a student without an unexpired purchase of the lecture. */
    public record VideoView(long id, long lecture, String name, String platform, String platformDisplay, String videoUrl,
                            int order, Integer durationMinutes, String durationDisplay, boolean isActive,
                            Instant createdAt, Instant updatedAt) {
        public static VideoView of(Video v, boolean showUrl) {
            VideoPlatform p = v.getPlatform();
            return new VideoView(v.getId(), v.getLecture().getId(), v.getName(), p.code(), p.display(), showUrl ? v.getVideoUrl() : null,
                    v.getSortOrder(), v.getDurationMinutes(), v.getDurationDisplay(), v.isActive(), v.getCreatedAt(), v.getUpdatedAt());
        }
    }

    public record ProgressView(long video, int watchedSeconds, boolean completed, Instant updatedAt) {
        public static ProgressView of(VideoProgress p) {
            return new ProgressView(p.getVideo().getId(), p.getWatchedSeconds(), p.isCompleted(), p.getUpdatedAt());
        }
    }

    public record StudentProgressView(long student, String studentName, String studentCode, long video, int watchedSeconds,
                                      boolean completed, Instant updatedAt) {
        public static StudentProgressView of(VideoProgress p) {
            return new StudentProgressView(p.getStudent().getId(), p.getStudent().getNameEn(), p.getStudent().getStudentCode(),
                    p.getVideo().getId(), p.getWatchedSeconds(), p.isCompleted(), p.getUpdatedAt());
        }
    }

    /** "150.00 EGP". */
    static String formatted(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " EGP";
    }
}
