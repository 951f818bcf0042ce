package com.edutrack.tutoring;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a service call and the building of its response in one transaction, so the response can
 * read the entities' lazy associations (loaded in bounded batches) before the persistence context
 * closes. Services' own {@code @Transactional} methods join it; any exception rolls it back.
 */
@ApplicationScoped
public class TutoringTx {
    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
