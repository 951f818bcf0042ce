/**
 * Uploaded media behind one interface ({@link com.edutrack.platform.storage.ObjectStore}): a local
 * folder or an S3-compatible bucket ({@code EDUTRACK_STORAGE}), writes tied to the transaction
 * ({@link com.edutrack.platform.storage.MediaStorage}), public images at {@code /media/}, and the
 * {@code migrate-media} command. Study materials use the same storage under {@code private/}.
 */
package com.edutrack.platform.storage;
