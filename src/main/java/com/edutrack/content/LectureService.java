package com.edutrack.content;

import java.math.BigDecimal;
import com.edutrack.catalog.CourseAccess;
import com.edutrack.catalog.Viewer;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.input.NumberFields;
import com.edutrack.content.Views.LectureView;
import com.edutrack.content.Views.VideoView;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.input.UploadedFile;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.storage.ImageKind;
import com.edutrack.platform.storage.ImageStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Lectures of seed section 4. */
@ApplicationScoped
public class LectureService {
    @jakarta.inject.Inject
    CourseAccess access;
    static final Map<String, String> ORDERING = Map.of("order", "sortOrder", "price", "price", "created_at", "createdAt", "name", "name");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    LectureViews lectureViews;
    @Inject
    Purchases purchases;
    @Inject
    ImageStore images;
    @Inject
    jakarta.enterprise.event.Event<LecturesDeleting> deleting;

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
        List<LectureView> views = lectureViews.of(found.items(), viewer);
        return new Page<>(views, found.total(), found.request());
    }

    @Transactional
    public LectureView get(Viewer viewer, long id) {
        return lectureViews.of(visible(viewer, id), viewer);
    }

    /** The plain array of {@code /lectures/{id}/videos/}. */
    @Transactional
    public List<VideoView> videos(Viewer viewer, long id) {
        return lectureViews.of(visible(viewer, id), viewer).videos();
    }

    Lecture visible(Viewer viewer, long id) {
        Lecture l = load(id);
        access.requireVisible(viewer, l.getTopic().getCourse(), l.isOpenToStudents());
        return l;
    }

    @Transactional
    public LectureView create(long teacherId, FormBody body) {
        Topic topic = topic(body, body.requiredInteger("topic"));
        String name = body.requiredString("name");
        String description = body.string("description");
        BigDecimal price = NumberFields.money(body.errors(), "price", body.decimal("price"));
        if (!body.errors().has("price")) {
            body.errors().require("price", price);
        }
        BigDecimal discount = NumberFields.money(body.errors(), "discount", body.decimal("discount"));
        Integer days = NumberFields.minMax(body.errors(), "available_days", body.requiredInteger("available_days"), Lecture.MIN_DAYS, Lecture.MAX_DAYS);
        Boolean visible = body.bool("is_visible");
        Integer order = NumberFields.minMax(body.errors(), "order", body.integer("order"), 0, Integer.MAX_VALUE);
        body.errors().maxLength("name", name, 200);
        body.errors().maxLength("description", description, 5000);
        discount = discount == null ? BigDecimal.ZERO.setScale(2) : discount;
        checkDiscount(body, price, discount);
        UploadedFile picture = body.file("picture");
        ImageKind kind = images.check("picture", picture, body.errors());
        body.errors().throwIfAny();
        access.requireOwner(teacherId, topic.getCourse(), "lectures");
        Lecture l = new Lecture(topic, name, price, discount, days);
        l.setDescription(Inputs.blankToNull(description));
        l.setVisible(visible == null || visible);
        l.setSortOrder(order == null ? 0 : order);
        if (kind != null) {
            l.setPicture(images.store("lectures", picture, kind));
        }
        em.persist(l);
        em.flush();
        em.refresh(l);
        return lectureViews.of(l, new Viewer(com.edutrack.platform.security.Role.TEACHER, teacherId, null));
    }

    @Transactional
    public LectureView update(long teacherId, long id, FormBody body, boolean partial) {
        Lecture l = load(id);
        access.requireOwner(teacherId, l.getTopic().getCourse(), "lectures");
        if (!partial || body.has("topic")) {
            Topic topic = topic(body, body.requiredInteger("topic"));
            if (topic != null) {
                access.requireOwner(teacherId, topic.getCourse(), "lectures");
                l.setTopic(topic);
            }
        }
        if (!partial || body.has("name")) {
            String name = body.requiredString("name");
            body.errors().maxLength("name", name, 200);
            l.setName(name);
        }
        if (body.has("description")) {
            String description = body.string("description");
            body.errors().maxLength("description", description, 5000);
            l.setDescription(Inputs.blankToNull(description));
        }
        BigDecimal price = l.getPrice();
        if (!partial || body.has("price")) {
            price = NumberFields.money(body.errors(), "price", body.decimal("price"));
            if (!body.errors().has("price")) {
                body.errors().require("price", price);
            }
        }
        BigDecimal discount = l.getDiscount();
        if (body.has("discount")) {
            discount = NumberFields.money(body.errors(), "discount", body.decimal("discount"));
            discount = discount == null && !body.errors().has("discount") ? BigDecimal.ZERO.setScale(2) : discount;
        }
        checkDiscount(body, price, discount);
        if (!partial || body.has("available_days")) {
            Integer days = NumberFields.minMax(body.errors(), "available_days", body.requiredInteger("available_days"), Lecture.MIN_DAYS, Lecture.MAX_DAYS);
            if (days != null) {
                l.setAvailableDays(days);
            }
        }
        if (body.has("is_visible")) {
            Boolean visible = body.bool("is_visible");
            if (visible != null) {
                l.setVisible(visible);
            }
        }
        if (body.has("order")) {
            Integer order = NumberFields.minMax(body.errors(), "order", body.requiredInteger("order"), 0, Integer.MAX_VALUE);
            if (order != null) {
                l.setSortOrder(order);
            }
        }
        UploadedFile picture = body.file("picture");
        ImageKind kind = images.check("picture", picture, body.errors());
        body.errors().throwIfAny();
        l.reprice(price, discount);
        String replaced = l.getPicture();
        if (kind != null) {
            l.setPicture(images.store("lectures", picture, kind));
        } else if (body.has("picture") && picture == null) {
            l.setPicture(null); // an empty value removes the picture
        } else {
            replaced = null;
        }
        em.flush();
        images.delete(replaced); // only once the row no longer points at it
        em.refresh(l);
        return lectureViews.of(l, new Viewer(com.edutrack.platform.security.Role.TEACHER, teacherId, null));
    }

    /** A bought lecture (even an expired purchase) is part of a student's history and of the teacher's revenue: hide it instead. */
    @Transactional
    public void delete(long teacherId, long id) {
        Lecture l = load(id);
        access.requireOwner(teacherId, l.getTopic().getCourse(), "lectures");
        if (purchases.anyOf(List.of(id))) {
            throw ApiException.error(400, "This lecture has purchases and cannot be deleted. Hide it instead.");
        }
        deleteContentOf(List.of(id));
        em.remove(l);
        em.flush();
        images.delete(l.getPicture()); // only once the row is gone
    }

    /** Removes what hangs below the lectures (progress, videos); the caller removes the lectures. */
    void deleteContentOf(List<Long> lectureIds) {
        deleting.fire(new LecturesDeleting(lectureIds));
        em.createQuery("delete from VideoProgress p where p.video.id in (select v.id from Video v where v.lecture.id in :ids)")
                .setParameter("ids", lectureIds).executeUpdate();
        em.createQuery("delete from Video v where v.lecture.id in :ids").setParameter("ids", lectureIds).executeUpdate();
    }

    Lecture load(long id) {
        List<Lecture> found = em.createQuery("select l from Lecture l join fetch l.topic t join fetch t.course c join fetch c.teacher te "
                + "join fetch te.user where l.id = :id", Lecture.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    private void checkDiscount(FormBody body, BigDecimal price, BigDecimal discount) {
        if (price != null && discount != null && discount.compareTo(price) > 0) {
            body.errors().add("discount", "Discount cannot be greater than the price.");
        }
    }

    private Topic topic(FormBody body, Long id) {
        if (id == null) {
            return null;
        }
        List<Topic> found = em.createQuery("select t from Topic t join fetch t.course where t.id = :id", Topic.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            body.errors().add("topic", "Invalid pk \"" + id + "\" - object does not exist.");
            return null;
        }
        return found.get(0);
    }
}
