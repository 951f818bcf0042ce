package com.edutrack.content;

import com.edutrack.catalog.Course;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;

/**
 * Who sees and who changes which content. Reads: the site owner everything, staff their teacher's
 * courses, students what is open to them; anything else is 404 (its existence is not revealed).
 * Writes: only the teacher of the course, else 403 with the contract's message.
 */
final class ContentScope {
    private ContentScope() {
    }

    /** Narrows a list to what the viewer may see; {@code course} is the path from the root to its course. */
    static <E> ListQuery<E> restrict(ListQuery<E> q, Viewer viewer, String course, String... openFlags) {
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

    static void requireVisible(Viewer viewer, Course course, boolean openToStudents) {
        boolean visible = switch (viewer.role()) {
            case SITEOWNER -> true;
            case TEACHER, ASSISTANT -> course.isTaughtBy(viewer.teacherId());
            default -> openToStudents;
        };
        if (!visible) {
            throw ApiException.notFound();
        }
    }

    /** {@code what} is "topics", "lectures" or "videos". */
    static void requireOwner(long teacherId, Course course, String what) {
        if (!course.isTaughtBy(teacherId)) {
            throw ApiException.error(403, "You can only manage " + what + " in your own courses");
        }
    }
}
