package com.edutrack.it.cluster;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;

/** A course create with a cover whose body trickles in over a given time: a request still in flight when its server is told to stop. */
final class SlowUpload {
    private SlowUpload() {
    }

    static CompletableFuture<HttpResponse<String>> courseWithCover(String server, Account owner, Account teacher, Duration spread) {
        String boundary = "----edutrack" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "name", "Uploaded while stopping");
        field(body, boundary, "teacher", String.valueOf(teacher.profileId()));
        field(body, boundary, "grade", String.valueOf(Fixtures.grade()));
        field(body, boundary, "subject", String.valueOf(Fixtures.subject()));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cover_picture\"; filename=\"cover.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Cluster.PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        int pieces = 10;
        int size = (bytes.length + pieces - 1) / pieces;
        List<byte[]> chunks = IntStream.range(0, pieces).mapToObj(i -> Arrays.copyOfRange(bytes, Math.min(i * size, bytes.length),
                Math.min((i + 1) * size, bytes.length))).toList();
        long pause = spread.toMillis() / pieces;
        Iterator<byte[]> slow = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < chunks.size();
            }

            @Override
            public byte[] next() {
                if (next > 0) {
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return chunks.get(next++);
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/api/courses/courses/"))
                .header("Authorization", "Bearer " + Api.token(owner)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(() -> slow), bytes.length)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
