package com.edutrack.catalog;

import com.edutrack.accounts.ContentAccess;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The caller of a course content route (topics, lectures, videos, assessments, materials) as a {@link Viewer}. A student whose course access
 * the site owner suspended may still sign in and browse the public catalog, but opens no content
 * (platform.md section 2): every content route answers them 403 before reading anything.
 */
@ApplicationScoped
public class Viewers {
    @Inject
    CurrentUser currentUser;
    @Inject
    ContentAccess contentAccess;

    public Viewer current() {
        Viewer viewer = Viewer.of(currentUser.require());
        if (viewer.isStudent()) {
            if (viewer.studentId() == null) {
                throw ApiException.forbidden();
            }
            contentAccess.require(viewer.studentId());
        }
        return viewer;
    }
}
