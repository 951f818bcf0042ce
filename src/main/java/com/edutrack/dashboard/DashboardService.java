package com.edutrack.dashboard;

import java.math.BigDecimal;
import java.util.List;

import com.edutrack.dashboard.DashboardViews.CourseFigures;
import com.edutrack.dashboard.DashboardViews.RecentEnrollment;
import com.edutrack.dashboard.DashboardViews.RecentPurchase;
import com.edutrack.dashboard.DashboardViews.SiteOwnerDashboard;
import com.edutrack.dashboard.DashboardViews.TeacherDashboard;
import com.edutrack.dashboard.DashboardViews.TeacherFigures;
import com.edutrack.enrollment.EnrollmentStatus;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Aggregates computed by the database: a fixed number of statements whatever the data size.
 * Students count once per teacher however many courses they joined; revenue is the sum of the
 * purchases' amount_paid (what students actually paid, after discounts).
 */
@ApplicationScoped
public class DashboardService {
    static final int RECENT = 10;

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    @Transactional
    public TeacherDashboard teacher(long teacherId) {
        long courses = em.createQuery("select count(c) from Course c where c.teacher.id = :t", Long.class)
                .setParameter("t", teacherId).getSingleResult();
        long students = em.createQuery("""
                        select count(distinct e.student.id) from CourseEnrollment e
                        where e.course.teacher.id = :t and e.status = :approved""", Long.class)
                .setParameter("t", teacherId).setParameter("approved", EnrollmentStatus.approved).getSingleResult();
        BigDecimal revenue = em.createQuery("""
                        select coalesce(sum(p.amountPaid), 0) from LecturePurchase p
                        where p.lecture.topic.course.teacher.id = :t""", BigDecimal.class)
                .setParameter("t", teacherId).getSingleResult();
        List<RecentEnrollment> enrollments = em.createQuery("""
                        select e.id, u.name, c.name, e.status, e.enrolledAt from CourseEnrollment e
                        join e.student s join s.user u join e.course c
                        where c.teacher.id = :t order by e.enrolledAt desc, e.id desc""", Object[].class)
                .setParameter("t", teacherId).setMaxResults(RECENT).getResultStream()
                .map(r -> new RecentEnrollment((Long) r[0], (String) r[1], (String) r[2], ((EnrollmentStatus) r[3]).name(), (java.time.Instant) r[4]))
                .toList();
        List<RecentPurchase> purchases = em.createQuery("""
                        select p.id, u.name, l.name, p.amountPaid, p.purchasedAt from LecturePurchase p
                        join p.student s join s.user u join p.lecture l
                        where l.topic.course.teacher.id = :t order by p.purchasedAt desc, p.id desc""", Object[].class)
                .setParameter("t", teacherId).setMaxResults(RECENT).getResultStream()
                .map(r -> new RecentPurchase((Long) r[0], (String) r[1], (String) r[2], money(r[3]), (java.time.Instant) r[4]))
                .toList();
        List<CourseFigures> breakdown = em.createQuery("""
                        select c.id, c.name,
                          (select count(distinct e.student.id) from CourseEnrollment e where e.course = c and e.status = :approved),
                          (select count(p) from LecturePurchase p where p.lecture.topic.course = c),
                          (select coalesce(sum(p.amountPaid), 0) from LecturePurchase p where p.lecture.topic.course = c)
                        from Course c where c.teacher.id = :t order by c.name, c.id""", Object[].class)
                .setParameter("t", teacherId).setParameter("approved", EnrollmentStatus.approved).getResultStream()
                .map(r -> new CourseFigures((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3], money(r[4])))
                .toList();
        return new TeacherDashboard(courses, students, money(revenue), enrollments, purchases, breakdown);
    }

    @Transactional
    public SiteOwnerDashboard siteOwner() {
        Object[] totals = em.createQuery("""
                        select (select count(t) from Teacher t),
                               (select count(s) from Student s),
                               (select count(c) from Course c),
                               (select count(e) from CourseEnrollment e where e.status = :approved),
                               (select count(e) from CourseEnrollment e where e.status = :pending),
                               (select count(p) from LecturePurchase p),
                               (select coalesce(sum(p.amountPaid), 0) from LecturePurchase p),
                               (select coalesce(sum(b.balance), 0) from CourseBalance b)
                        from User u where u.role = :owner""", Object[].class)
                .setParameter("approved", EnrollmentStatus.approved).setParameter("pending", EnrollmentStatus.pending)
                .setParameter("owner", Role.SITEOWNER).setMaxResults(1).getSingleResult();
        List<TeacherFigures> teachers = em.createQuery("""
                        select t.id, u.name,
                          (select count(c) from Course c where c.teacher = t),
                          (select count(distinct e.student.id) from CourseEnrollment e where e.course.teacher = t and e.status = :approved),
                          (select count(p) from LecturePurchase p where p.lecture.topic.course.teacher = t),
                          (select coalesce(sum(p.amountPaid), 0) from LecturePurchase p where p.lecture.topic.course.teacher = t)
                        from Teacher t join t.user u order by u.name, t.id""", Object[].class)
                .setParameter("approved", EnrollmentStatus.approved).getResultStream()
                .map(r -> new TeacherFigures((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3], (Long) r[4], money(r[5])))
                .toList();
        return new SiteOwnerDashboard((Long) totals[0], (Long) totals[1], (Long) totals[2], (Long) totals[3], (Long) totals[4], (Long) totals[5],
                money(totals[6]), money(totals[7]), teachers);
    }

    private static BigDecimal money(Object value) {
        BigDecimal v = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
