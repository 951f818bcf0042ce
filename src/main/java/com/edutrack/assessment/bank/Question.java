package com.edutrack.assessment.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.edutrack.accounts.Teacher;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * A question of the bank. {@code teacher} is the teacher it belongs to (the creator's teacher; null
 * for one the site owner wrote): that teacher's staff see it, and everybody sees it when global.
 */
@Entity
@Table(name = "qb_questions")
public class Question {
    public static final int MIN_POINTS = 1;
    public static final int MAX_POINTS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id", updatable = false)
    private Teacher teacher;
    // The same column read as a plain value, so "own or global" filters need no join to teachers.
    @Column(name = "teacher_id", insertable = false, updatable = false)
    private Long teacherId;
    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;
    @Column(name = "question_type", nullable = false, length = 20)
    private String questionType;
    @Column(nullable = false, length = 10000)
    private String text;
    @Column(length = 500)
    private String image;
    @Column(nullable = false, length = 10)
    private String difficulty;
    @Column(nullable = false)
    private int points;
    @Column(length = 10000)
    private String explanation;
    @Column(name = "is_global", nullable = false)
    private boolean global;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<Choice> choices = new ArrayList<>();
    @Formula("(select count(*) from qb_choices c where c.question_id = id)")
    private long choiceCount;

    protected Question() {
    }

    public Question(Lesson lesson, Teacher teacher, long createdBy) {
        this.lesson = lesson;
        this.teacher = teacher;
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Replaces every choice (the seed's PUT semantics). */
    public void replaceChoices(List<ChoiceInput> inputs) {
        choices.clear();
        for (ChoiceInput c : inputs) {
            choices.add(new Choice(this, c.text(), c.image(), c.correct(), c.order()));
        }
    }

    public boolean belongsTo(Long teacherId) {
        return this.teacherId != null ? this.teacherId.equals(teacherId) : teacher != null && teacher.getId().equals(teacherId);
    }

    public record ChoiceInput(String text, String image, boolean correct, int order) {
    }

    public Long getId() { return id; }
    public Lesson getLesson() { return lesson; }
    public void setLesson(Lesson lesson) { this.lesson = lesson; }
    public Teacher getTeacher() { return teacher; }
    public long getCreatedBy() { return createdBy; }
    public QuestionType getType() { return QuestionType.of(questionType); }
    public void setType(QuestionType type) { this.questionType = type.code(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getImage() { return image; }
    public void setImage(String image) { this.image = image; }
    public String getDifficulty() { return difficulty; }
    public void setDifficulty(String difficulty) { this.difficulty = difficulty; }
    public int getPoints() { return points; }
    public void setPoints(int points) { this.points = points; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public boolean isGlobal() { return global; }
    public void setGlobal(boolean global) { this.global = global; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<Choice> getChoices() { return choices; }
    public long getChoiceCount() { return choiceCount; }
}
