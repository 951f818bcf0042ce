package com.edutrack.platform.storage;

import java.util.Optional;

/**
 * How to reach the bucket. {@code endpoint} empty means AWS itself (region endpoint); keys empty
 * mean the SDK's default credentials (environment, instance or task role). Path-style requests
 * ({@code endpoint/bucket/key}) are what MinIO-like servers expect.
 */
public record S3Settings(Optional<String> endpoint, String region, String bucket, Optional<String> accessKey,
                         Optional<String> secretKey, boolean pathStyle) {
}
