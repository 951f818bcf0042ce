package com.edutrack.it.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.storage.MigrateMedia;
import com.edutrack.platform.storage.ObjectStore;
import com.edutrack.platform.storage.S3ObjectStore;
import com.edutrack.platform.storage.S3Settings;
import com.edutrack.support.Api;
import com.edutrack.support.Bucket;
import com.edutrack.support.S3Server;
import com.edutrack.support.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrate-media command: a local media folder copied into the bucket is then served by the servers under the same keys. */
class MigrateMediaIT {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void aLocalFolderIsCopiedOnceAndServedFromTheBucket(@TempDir Path media) throws Exception {
        String name = UUID.randomUUID().toString().replace("-", "");
        Path cover = media.resolve("courses/" + name + ".png");
        Path pdf = media.resolve("private/materials/" + name + ".pdf");
        Files.createDirectories(cover.getParent());
        Files.createDirectories(pdf.getParent());
        Files.write(cover, PNG);
        Files.writeString(pdf, "%PDF-1.4 migrated");
        Files.writeString(media.resolve("courses/.partial-leftover"), "not media");

        S3Settings settings = new S3Settings(Optional.of(TestEnv.s3Endpoint()), S3Server.REGION, S3Server.BUCKET,
                Optional.of(S3Server.ACCESS_KEY), Optional.of(S3Server.SECRET_KEY), true);
        try (ObjectStore bucket = new S3ObjectStore(settings)) {
            assertEquals(new MigrateMedia.Result(2, 0), MigrateMedia.migrate(media, bucket));
            assertEquals(new MigrateMedia.Result(0, 2), MigrateMedia.migrate(media, bucket), "a second run copies nothing");
        }
        assertArrayEquals(PNG, Api.anonymous().get("/media/courses/" + name + ".png").then().statusCode(200)
                .header("Content-Type", "image/png").extract().asByteArray());
        assertEquals("%PDF-1.4 migrated", new String(Bucket.read("private/materials/" + name + ".pdf")));
        assertEquals("application/pdf", Bucket.contentType("private/materials/" + name + ".pdf"));
        assertFalse(Bucket.exists("courses/.partial-leftover"));
    }
}
