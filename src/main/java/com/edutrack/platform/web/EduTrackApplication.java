package com.edutrack.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Both APIs live under the application root: the school API at {@code /api/...}, the tutoring
 * service at {@code /v1/...}, {@code /currentuser} and {@code /permissions}.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "EduTrack", version = "1.0.0", description = """
        The school API (/api/..., DRF conventions: snake_case, {"detail"|"error"|field lists} errors,
        count/next/previous/results pages with page, page_size (default 50, max 200) and all=true;
        paths work with and without the trailing slash) and the tutoring service (/v1/..., the tutoring
        envelope, camelCase, errMsg_ error keys, pageNumber/pageRowCount paging).
        Tokens are read from, in order: (tutoring only) the access_token query parameter, the
        Authorization Bearer header, the access_token cookie, the tutorhub-access-token header and
        cookie. An invalid or expired token leaves the request anonymous (public routes work,
        protected ones answer 401). Cookie-authenticated writes must come from a trusted Origin."""))
public class EduTrackApplication extends Application {
}
