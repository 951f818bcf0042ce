package com.edutrack.platform.envelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** Builds tutoring envelopes for the request in flight. */
@RequestScoped
public class Envelopes {
    public static final String APP_VERSION = "1.0.0";

    @Inject
    RequestContext context;
    @Inject
    CurrentUser currentUser;

    /** One object under {@code dataName}. */
    public Envelope one(int status, String method, String action, String dataName, Object data) {
        return head(status, method, action, dataName, 1).put(dataName, data);
    }

    /** A page of rows under {@code dataName}, with {@code paging}. */
    public Envelope list(String method, String dataName, Page<?> page) {
        Envelope envelope = head(200, method, "list", dataName, page.items().size()).put(dataName, page.items());
        Map<String, Object> paging = new LinkedHashMap<>();
        int rows = page.request().all() ? Math.max(page.items().size(), 1) : page.request().size();
        paging.put("pageNumber", page.request().all() ? 0 : page.request().page());
        paging.put("pageRowCount", rows);
        paging.put("totalRowCount", page.total());
        paging.put("pageCount", page.request().all() ? 1 : (int) Math.ceil(page.total() / (double) rows));
        envelope.put("paging", paging);
        envelope.put("filters", Envelope.none());
        envelope.put("uiPermissions", Envelope.none());
        return envelope;
    }

    /** Rows that are not a paged query (e.g. what a cascade touched), with paging describing them all. */
    public Envelope rows(String method, String dataName, List<?> rows) {
        return list(method, dataName, new Page<>(rows, rows.size(), new com.edutrack.platform.pagination.PageRequest(1, Math.max(rows.size(), 1), true)));
    }

    public static Response respond(Envelope envelope) {
        return Response.status(envelope.status()).entity(envelope).build();
    }

    private Envelope head(int status, String method, String action, String dataName, int rowCount) {
        Envelope e = new Envelope(status);
        e.put("status", "OK");
        e.put("statusCode", status);
        e.put("elapsedMs", context.elapsedMs());
        e.put("ssoTime", 0);
        e.put("source", "db");
        e.put("cacheKey", null);
        e.put("userId", currentUser.isSignedIn() ? currentUser.uuid().toString() : null);
        e.put("sessionId", currentUser.isSignedIn() ? currentUser.principalOrNull().sessionId() : null);
        e.put("requestId", context.requestId());
        e.put("dataName", dataName);
        e.put("method", method);
        e.put("action", action);
        e.put("appVersion", APP_VERSION);
        e.put("rowCount", rowCount);
        return e;
    }
}
