package com.edutrack.content;

import com.edutrack.catalog.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A video of a lecture, hosted on one of the supported platforms. */
@Entity
@Table(name = "videos")
public class Video extends CourseContent {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lecture_id")
    private Lecture lecture;
    @Column(nullable = false, length = 20)
    private String platform;
    @Column(name = "video_url", nullable = false, length = 500)
    private String videoUrl;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected Video() {
    }

    public Video(Lecture lecture, String name, VideoPlatform platform, String videoUrl) {
        super(name);
        this.lecture = lecture;
        setSource(platform, videoUrl);
    }

    /** "1h 05m" or "45m"; null when the duration is unknown. */
    public static String durationDisplay(Integer minutes) {
        if (minutes == null) {
            return null;
        }
        int hours = minutes / 60;
        return hours > 0 ? String.format("%dh %02dm", hours, minutes % 60) : minutes + "m";
    }

    /** Platform and URL change together: the URL is only meaningful for its platform. */
    public void setSource(VideoPlatform platform, String videoUrl) {
        if (platform.urlProblem(videoUrl) != null) {
            throw new IllegalArgumentException(platform.urlProblem(videoUrl));
        }
        this.platform = platform.code();
        this.videoUrl = videoUrl;
    }

    @Override
    public Course course() {
        return lecture.course();
    }

    @Override
    public boolean isOpenToStudents() {
        return active && lecture.isOpenToStudents();
    }

    public Lecture getLecture() { return lecture; }
    public void setLecture(Lecture lecture) { this.lecture = lecture; }
    public VideoPlatform getPlatform() { return VideoPlatform.fromCode(platform); }
    public String getVideoUrl() { return videoUrl; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getDurationDisplay() { return durationDisplay(durationMinutes); }
}
