package com.edutrack.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2) through the AWS SDK v2.
 * A PUT of one object is atomic on every such store, so a failed upload leaves no object. The
 * SDK's newer default checksum modes are turned down to "when required", which S3-compatible
 * servers that predate them also accept.
 */
public final class S3ObjectStore implements ObjectStore {
    private final S3Settings settings;
    private final S3Client client;
    private final S3Presigner presigner;

    public S3ObjectStore(S3Settings settings) {
        this.settings = settings;
        AwsCredentialsProvider credentials = settings.accessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(), settings.secretKey().orElseThrow()))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)).build())
                .region(Region.of(settings.region())).credentialsProvider(credentials).forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presign = S3Presigner.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        settings.endpoint().map(URI::create).ifPresent(endpoint -> {
            builder.endpointOverride(endpoint);
            presign.endpointOverride(endpoint);
        });
        this.client = builder.build();
        this.presigner = presign.build();
    }

    @Override
    public void put(String key, Path content, String contentType) {
        client.putObject(b -> b.bucket(settings.bucket()).key(key).contentType(contentType), RequestBody.fromFile(content));
    }

    @Override
    public Optional<StoredObject> open(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = client.getObject(b -> b.bucket(settings.bucket()).key(key));
            return Optional.of(new StoredObject(in, in.response().contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.headObject(b -> b.bucket(settings.bucket()).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(b -> b.bucket(settings.bucket()).key(key));
    }

    @Override
    public Optional<URI> presignedGet(String key, String contentType, String contentDisposition, Duration ttl) {
        var request = presigner.presignGetObject(p -> p.signatureDuration(ttl).getObjectRequest(g -> g.bucket(settings.bucket()).key(key)
                .responseContentType(contentType).responseContentDisposition(contentDisposition)));
        try {
            return Optional.of(request.url().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("The SDK signed an invalid URL", e);
        }
    }

    @Override
    public String describe() {
        return "S3 bucket " + settings.bucket() + " at " + settings.endpoint().orElse("AWS " + settings.region())
                + (settings.pathStyle() ? " (path-style)" : "");
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }
}
