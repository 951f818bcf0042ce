package com.edutrack.support;

import java.util.List;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The tests' own look into the test bucket, through the S3 API (not through the servers). */
public final class Bucket {
    private static S3Client client;

    private Bucket() {
    }

    public static synchronized S3Client client() {
        if (client == null) {
            client = S3Server.client(TestEnv.s3Endpoint());
        }
        return client;
    }

    /** Every key under {@code prefix}. */
    public static List<String> keys(String prefix) {
        return client().listObjectsV2Paginator(b -> b.bucket(S3Server.BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    public static boolean exists(String key) {
        try {
            client().headObject(b -> b.bucket(S3Server.BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    public static byte[] read(String key) {
        return client().getObjectAsBytes(b -> b.bucket(S3Server.BUCKET).key(key)).asByteArray();
    }

    public static String contentType(String key) {
        return client().headObject(b -> b.bucket(S3Server.BUCKET).key(key)).contentType();
    }
}
