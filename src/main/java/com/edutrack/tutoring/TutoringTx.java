package com.edutrack.tutoring;

import java.util.function.Supplier;

import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Envelopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

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

    /**
     * Builds the envelope inside the transaction, then responds with it. Transactional itself: a call
     * to {@link #run} from here would bypass the interceptor.
     *
     * @deprecated only the not yet typed payment routes use it: a typed route returns
     *     {@code tx.run(() -> envelopes.one(...))} and lets {@code @Created}/{@code @Enveloped} set the rest.
     */
    @Deprecated
    @Transactional
    public Response respond(Supplier<? extends Envelope<?>> work) {
        return Envelopes.respond(work.get());
    }
}
