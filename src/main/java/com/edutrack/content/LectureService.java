package com.edutrack.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Lectures: the sellable units of a topic, written by the course's teacher (the write flow is {@link CourseContentService}'s). */
@ApplicationScoped
public class LectureService extends CourseContentService<Lecture, Topic, LectureForm, LectureView> {
    static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "price", "price", "created_at", "createdAt", "name", "name");
    private static final BigDecimal NO_DISCOUNT = BigDecimal.ZERO.setScale(2);
    private static final ContentKind<Lecture, Topic, LectureForm> KIND = new ContentKind<>("lectures",
            Lecture.class, "select l from Lecture l join fetch l.topic t join fetch t.course c join fetch c.teacher te join fetch te.user "
                    + "where l.id = :id",
            "topic", Topic.class, "select t from Topic t join fetch t.course where t.id = :id", Topic::getCourse,
            (topic, form) -> new Lecture(topic, form.name().value(), price(null, form), discount(null, form), form.availableDays().value()),
            Lecture::setTopic);

    @Inject
    LectureAssembler lectureAssembler;
    @Inject
    Purchases purchases;
    @Inject
    Event<LecturesDeleting> deleting;

    public LectureService() {
        super(KIND);
    }

    public record Filters(Long topic, Boolean isVisible, String search, String ordering) {
    }

    @Transactional
    public Page<LectureView> list(Viewer viewer, Filters f, PageRequest page) {
        ListQuery<Lecture> q = ListQuery.of(em, Lecture.class);
        access.restrict(q, viewer, "topic.course", "topic.active", "visible");
        Page<Lecture> found = q.equal("topic.id", f.topic()).equal("visible", f.isVisible())
                .search(f.search(), "name", "description", "topic.name")
                .ordering(f.ordering(), ORDERING, "sortOrder").fetch("topic.course.teacher.user")
                .page(page);
        return new Page<>(lectureAssembler.of(found.items(), viewer), found.total(), found.request());
    }

    @Transactional
    public LectureView get(Viewer viewer, long id) {
        return lectureAssembler.of(visible(viewer, id), viewer);
    }

    /** The plain array of {@code /lectures/{id}/videos/}. */
    @Transactional
    public List<VideoView> videos(Viewer viewer, long id) {
        return get(viewer, id).videos();
    }

    /** A bought lecture (even an expired purchase) is part of a student's history and of the teacher's revenue: hide it instead. */
    @Transactional
    public void delete(long teacherId, long id) {
        Lecture l = owned(teacherId, id);
        if (purchases.anyOf(List.of(id))) {
            throw ApiException.error(400, "This lecture has purchases and cannot be deleted. Hide it instead.");
        }
        deleteContentOf(List.of(id));
        em.remove(l);
        em.flush();
        images.delete(l.getPicture()); // only once the row is gone
    }

    /** Removes what hangs below the lectures (progress, videos; other features' rows by the event); the caller removes the lectures. */
    void deleteContentOf(List<Long> lectureIds) {
        deleting.fire(new LecturesDeleting(lectureIds));
        em.createQuery("delete from VideoProgress p where p.video.id in (select v.id from Video v where v.lecture.id in :ids)")
                .setParameter("ids", lectureIds).executeUpdate();
        em.createQuery("delete from Video v where v.lecture.id in :ids").setParameter("ids", lectureIds).executeUpdate();
    }


    /** Price and discount are one rule: a change of either is checked against the other's new or stored value. */
    @Override
    void check(Lecture stored, LectureForm form) {
        BigDecimal price = price(stored, form);
        BigDecimal discount = discount(stored, form);
        if (price != null && discount != null && !Lecture.discountFits(price, discount)) {
            form.errors().add("discount", Lecture.DISCOUNT_OVER_PRICE);
        }
    }

    @Override
    void apply(Lecture l, LectureForm form) {
        form.description().ifSent(l::setDescription);
        l.reprice(price(l, form), discount(l, form));
        form.availableDays().ifValue(l::setAvailableDays);
        form.isVisible().ifValue(l::setVisible);
        l.setPicture(images.replace("lectures", form.picture(), l.getPicture()));
    }

    @Override
    String imageOf(Lecture lecture) {
        return lecture.getPicture();
    }

    @Override
    LectureView written(Lecture lecture, long teacherId) {
        return lectureAssembler.of(lecture, new Viewer(Role.TEACHER, teacherId, null));
    }

    /** The price after the form: the sent one, else the stored one (null when missing or wrong). */
    private static BigDecimal price(Lecture stored, LectureForm form) {
        return form.price().sent() || stored == null ? form.price().value() : stored.getPrice();
    }

    /** The discount after the form: the sent one (null is none), else the stored one; a new lecture has none. */
    private static BigDecimal discount(Lecture stored, LectureForm form) {
        if (!form.discount().sent()) {
            return stored == null ? NO_DISCOUNT : stored.getDiscount();
        }
        return form.discount().value() == null && !form.errors().has("discount") ? NO_DISCOUNT : form.discount().value();
    }
}
