package com.edutrack.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.edutrack.platform.config.AppConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The configured {@link ObjectStore} ({@code EDUTRACK_STORAGE}), with writes tied to the
 * transaction in flight: an object put inside a transaction is deleted again when that
 * transaction does not commit, and an object released by a change is deleted only once the
 * change committed. So neither a failed request nor a rolled-back one leaves an orphan, and a
 * row never points at a missing object.
 */
@ApplicationScoped
public class MediaStorage {
    private static final Logger LOG = Logger.getLogger(MediaStorage.class.getName());

    @Inject
    AppConfig config;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile ObjectStore store;

    ObjectStore store() {
        if (store == null) {
            synchronized (this) {
                if (store == null) {
                    store = config.storage().equals("s3") ? new S3ObjectStore(s3Settings(config)) : new LocalObjectStore(config.mediaRoot());
                    LOG.info("Media storage: " + store.describe());
                }
            }
        }
        return store;
    }

    static S3Settings s3Settings(AppConfig config) {
        return new S3Settings(config.s3Endpoint(), config.s3Region(), config.s3Bucket().orElseThrow(), config.s3AccessKey(),
                config.s3SecretKey(), config.s3PathStyle());
    }

    /** Stores a new object; inside a transaction it goes away again unless the transaction commits. */
    public void put(String key, Path content, String contentType) {
        store().put(key, content, contentType);
        LOG.info(() -> "Stored " + key + " (" + content.toFile().length() + " bytes)");
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(after(key, false));
        }
    }

    /** Deletes an object once the current transaction committed (kept when it rolls back); at once outside one. */
    public void deleteAfterCommit(String key) {
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(after(key, true));
        } else {
            deleteQuietly(key);
        }
    }

    public Optional<ObjectStore.StoredObject> open(String key) {
        return store().open(key);
    }

    public boolean exists(String key) {
        return store().exists(key);
    }

    /** A short-lived URL for one object, when the store can sign one. */
    public Optional<URI> presignedGet(String key, String contentType, String contentDisposition) {
        return store().presignedGet(key, contentType, contentDisposition, Duration.ofSeconds(config.s3PresignSeconds()));
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private Synchronization after(String key, boolean onCommit) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    deleteQuietly(key);
                }
            }
        };
    }

    /** Best effort: an object left behind is unreferenced and only wastes space; the log names it. */
    private void deleteQuietly(String key) {
        try {
            store().delete(key);
            LOG.info(() -> "Deleted " + key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete stored object " + key, e);
        }
    }

    @PreDestroy
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
