package com.edutrack.catalog;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one course-access policy of course content (topics, lectures, videos, homeworks, quizzes,
 * study materials). Reads: the site owner everything, staff (a teacher and their assistants) their
 * teacher's courses, students what is open to them; anything else is 404, so its existence is not
 * revealed. Writes: the course's teacher (and, where a route allows it, the site owner); another
 * teacher gets 403 with the contract's "You can only manage ... in your own courses".
 */
@ApplicationScoped
public class CourseAccess {

    /**
     * Narrows a list to what the viewer may see; {@code course} is the path from the listed entity to
     * its course, {@code openFlags} the paths that must be true for students (e.g. {@code active}).
     */
    public <E> ListQuery<E> restrict(ListQuery<E> q, Viewer viewer, String course, String... openFlags) {
        switch (viewer.role()) {
            case SITEOWNER -> {
            }
            case TEACHER, ASSISTANT -> q.equal(course + ".teacher.id", viewer.requireTeacher());
            default -> {
                q.equal(course + ".active", Boolean.TRUE);
                for (String flag : openFlags) {
                    q.equal(flag, Boolean.TRUE);
                }
            }
        }
        return q;
    }

    /** Narrows a list to the caller's teacher's courses (the site owner: all); for staff-only lists. */
    public <E> ListQuery<E> restrictStaff(ListQuery<E> q, Viewer viewer, String course) {
        if (viewer.role() != Role.SITEOWNER) {
            q.equal(course + ".teacher.id", viewer.requireTeacher());
        }
        return q;
    }

    /** Read access: 404 unless the site owner, staff of the course, or a student and {@code openToStudents}. */
    public void requireVisible(Viewer viewer, Course course, boolean openToStudents) {
        boolean visible = switch (viewer.role()) {
            case SITEOWNER -> true;
            case TEACHER, ASSISTANT -> course.isTaughtBy(viewer.teacherId());
            default -> openToStudents;
        };
        if (!visible) {
            throw ApiException.notFound();
        }
    }

    /** Staff of the course or the site owner may read; anyone else gets 404. */
    public void requireStaffView(Viewer viewer, Course course) {
        requireVisible(viewer, course, false);
    }

    /** Only the course's teacher writes; {@code what} is "topics", "lectures", "videos", "homeworks", ... */
    public void requireOwner(long teacherId, Course course, String what) {
        if (!course.isTaughtBy(teacherId)) {
            throw ApiException.error(403, notYours(what));
        }
    }

    /** The course's teacher or the site owner writes; else 403. */
    public void requireManager(Viewer viewer, Course course, String what) {
        if (viewer.role() != Role.SITEOWNER) {
            requireOwner(viewer.requireTeacher(), course, what);
        }
    }

    public static String notYours(String what) {
        return "You can only manage " + what + " in your own courses";
    }
}
