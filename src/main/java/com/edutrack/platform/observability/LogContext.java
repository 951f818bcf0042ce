package com.edutrack.platform.observability;

import java.lang.reflect.Method;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The id of the work in flight on this thread (a request id, or a timer run id), written into
 * every log line as {@code ext_requestId} by Liberty's JSON log format. Liberty takes such fields
 * from its {@code LogRecordContext} API, which is reached by reflection: it is part of the server,
 * not of a Maven artifact, and outside Liberty (tools, unit tests) the id is simply not logged.
 */
public final class LogContext {
    static final String FIELD = "requestId";
    private static final Logger LOG = Logger.getLogger(LogContext.class.getName());
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final Method ADD;
    private static final Method REMOVE;

    static {
        Method add = null;
        Method remove = null;
        try {
            Class<?> api = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
            add = api.getMethod("addExtension", String.class, String.class);
            remove = api.getMethod("removeExtension", String.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.fine("LogRecordContext not available: log lines carry no request id");
        }
        ADD = add;
        REMOVE = remove;
    }

    private LogContext() {
    }

    /** The id of the work on this thread, or null outside a request or timer run. */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs {@code body} with {@code id} on every log line it writes; the previous id comes back afterwards. */
    public static <T> T with(String id, Supplier<T> body) {
        String previous = CURRENT.get();
        set(id);
        try {
            return body.get();
        } finally {
            set(previous);
        }
    }

    /** A fresh id for work that did not come with one. */
    public static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static void set(String id) {
        if (id == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(id);
        }
        try {
            if (id == null && REMOVE != null) {
                REMOVE.invoke(null, FIELD);
            } else if (id != null && ADD != null) {
                ADD.invoke(null, FIELD, id);
            }
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.FINE, "could not set the log context", e);
        }
    }
}
