package com.edutrack.platform.persistence;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread. A request filter resets the
 * count when a request starts and, where diagnostics are on, reports it in a response header, so
 * tests can prove that a list costs the same number of statements whatever its page size.
 */
public class StatementCounter implements StatementInspector {
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int current() {
        return COUNT.get()[0];
    }
}
