package com.edutrack.incontainer;

import java.util.ArrayList;
import java.util.List;

import com.edutrack.content.LecturesDeleting;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Test-only observer of {@link LecturesDeleting}, called after the application's observers: records
 * the transaction it runs in, and when armed fails, as an observer of another feature could.
 */
@ApplicationScoped
public class DeletionProbe {
    private final List<Object> transactions = new ArrayList<>();
    private volatile boolean failNext;

    @Resource
    TransactionSynchronizationRegistry registry;

    void seen(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) LecturesDeleting event) {
        synchronized (transactions) {
            transactions.add(registry.getTransactionKey());
        }
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("an observer failed (armed by the test)");
        }
    }

    void failNext() {
        failNext = true;
    }

    Object lastTransaction() {
        synchronized (transactions) {
            return transactions.isEmpty() ? null : transactions.get(transactions.size() - 1);
        }
    }
}
