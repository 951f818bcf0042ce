package com.edutrack.platform.envelope;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.request.Created;
import com.edutrack.platform.request.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Builds tutoring envelopes for the request in flight. The data name comes from the route's
 * {@link Enveloped}, the method from the request, the action from both (create for a
 * {@link Created} route, list for lists, get/update/delete by method).
 */
@RequestScoped
public class Envelopes {
    public static final String APP_VERSION = "1.0.0";

    @Inject
    RequestContext context;
    @Inject
    CurrentUser currentUser;

    /** One object under the route's data name. */
    public <T> Envelope<T> one(T data) {
        return new Envelope<>(head(action(false), 1), dataName(), data, null);
    }

    /** One object under {@code dataName}: for a route that declares several envelopes (a repeated {@link Enveloped}). */
    public <T> Envelope<T> one(String dataName, T data) {
        boolean declared = context.route() != null && Arrays.stream(context.route().getAnnotationsByType(Enveloped.class))
                .anyMatch(e -> e.value().equals(dataName));
        if (!declared) {
            throw new IllegalStateException("Route " + context.route() + " does not declare @Enveloped(\"" + dataName + "\")");
        }
        return new Envelope<>(head(action(false), 1, dataName, context.httpMethod()), dataName, data, null);
    }

    /** A page of rows under the route's data name, with {@code paging}. */
    public <T> Envelope<List<T>> list(Page<T> page) {
        int rows = page.request().all() ? Math.max(page.items().size(), 1) : page.request().size();
        Envelope.Paging paging = new Envelope.Paging(page.request().all() ? 0 : page.request().page(), rows, page.total(),
                page.request().all() ? 1 : (int) Math.ceil(page.total() / (double) rows));
        return new Envelope<>(head("list", page.items().size()), dataName(), page.items(), paging);
    }

    /** Rows that are not a paged query (e.g. what a cascade touched), with paging describing them all. */
    public <T> Envelope<List<T>> rows(List<T> rows) {
        return list(new Page<>(rows, rows.size(), new PageRequest(1, Math.max(rows.size(), 1), true)));
    }

    /** @deprecated transitional: a route not yet typed names its data itself. */
    @Deprecated
    public Envelope<Object> one(int status, String method, String action, String dataName, Object data) {
        Map<String, Object> head = head(action, 1, dataName, method);
        head.put("statusCode", status);
        return new Envelope<>(head, dataName, data, null);
    }

    /** @deprecated transitional. */
    @Deprecated
    public <T> Envelope<List<T>> list(String method, String dataName, Page<T> page) {
        int rows = page.request().all() ? Math.max(page.items().size(), 1) : page.request().size();
        Envelope.Paging paging = new Envelope.Paging(page.request().all() ? 0 : page.request().page(), rows, page.total(),
                page.request().all() ? 1 : (int) Math.ceil(page.total() / (double) rows));
        return new Envelope<>(head("list", page.items().size(), dataName, method), dataName, page.items(), paging);
    }

    /** @deprecated transitional. */
    @Deprecated
    public <T> Envelope<List<T>> rows(String method, String dataName, List<T> rows) {
        return list(method, dataName, new Page<>(rows, rows.size(), new PageRequest(1, Math.max(rows.size(), 1), true)));
    }

    /** @deprecated transitional. */
    @Deprecated
    public static jakarta.ws.rs.core.Response respond(Envelope<?> envelope) {
        return jakarta.ws.rs.core.Response.status(envelope.status()).entity(envelope).build();
    }

    private String dataName() {
        Enveloped[] enveloped = context.route() == null ? new Enveloped[0] : context.route().getAnnotationsByType(Enveloped.class);
        if (enveloped.length != 1) {
            throw new IllegalStateException("Route " + context.route() + (enveloped.length == 0 ? " returns an envelope without @Enveloped"
                    : " declares several envelopes: name the data with one(dataName, data)"));
        }
        return enveloped[0].value();
    }

    private String action(boolean list) {
        if (list) {
            return "list";
        }
        String method = context.httpMethod();
        if (context.route() != null && context.route().isAnnotationPresent(Created.class)) {
            return "create";
        }
        return switch (method == null ? "GET" : method) {
            case "GET" -> "get";
            case "DELETE" -> "delete";
            default -> "update";
        };
    }

    private Map<String, Object> head(String action, int rowCount) {
        return head(action, rowCount, dataName(), context.httpMethod());
    }

    private Map<String, Object> head(String action, int rowCount, String dataName, String method) {
        Map<String, Object> e = new LinkedHashMap<>();
        boolean created = context.route() != null && context.route().isAnnotationPresent(Created.class);
        e.put("status", "OK");
        e.put("statusCode", created ? 201 : 200);
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
