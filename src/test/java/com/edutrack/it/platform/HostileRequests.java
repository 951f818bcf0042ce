package com.edutrack.it.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile requests for every operation of the served OpenAPI document. Driven by {@code paths} and
 * their methods only, plus the declared query parameters and request body properties where the
 * document has them, so the walk keeps working however detailed the document becomes. Path ids
 * never name an existing row (zero, negative, huge, malformed, random UUIDs), so no write can land
 * on real data; every body is wrong for every route (malformed, not an object, wrong types, nulls,
 * huge or control-character values, wrong content types).
 */
final class HostileRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String LONG = "A".repeat(20_000);
    private static final String CONTROL = "\u0000\u0001\u001b[31m\u007f\ud83d\ude00' OR '1'='1'; --<script>alert(1)</script>";
    /** Property names tried when the document declares no body schema (both APIs' spellings). */
    private static final List<String> COMMON_FIELDS = List.of("id", "name", "title", "username", "password", "email", "amount", "price",
            "student_id", "course_id", "course", "lecture", "status", "question_ids", "enrollmentId", "coursePackId", "lessonSlotIds",
            "totalAmount", "currency", "reason", "is_active", "code", "paymentUserParams");

    /** One request: what to send and to whom it is addressed ({@code operation} is "METHOD /path" of the document). */
    record Probe(String operation, String method, String target, String contentType, byte[] body, boolean everyRole) {
        boolean write() {
            return !method.equals("GET");
        }
    }

    private HostileRequests() {
    }

    /** Path ids that exist nowhere; several are not even valid ids, escapes or UTF-8. */
    static List<String> pathIds() {
        return List.of("0", "%C3%28", "99999999999999999999", UUID.randomUUID().toString(), "abc", "%zz", "-1", "%00",
                "1%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300));
    }

    /** Query strings: malformed escapes, bad UTF-8, NUL, wrong types and an over-long query. */
    static List<String> queries(List<String> declared) {
        List<String> queries = new ArrayList<>(List.of("search=%zz%", "page=%C3%28&ordering=%FF", "page=-1&page_size=99999999999999999999",
                "search=%00&ordering=%27%3B--", "pageNumber=abc&pageRowCount=-5&getJoins=%zz", "q=" + "B".repeat(9_000)));
        StringBuilder typed = new StringBuilder("all=maybe");
        for (String name : declared) {
            typed.append('&').append(name).append("=%E2%82");
        }
        queries.add(typed.toString());
        return queries;
    }

    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> ops = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return ops;
    }

    /**
     * The probes of every operation. The first variants of each kind go out as every role; the
     * others each as one role in turn, which keeps the walk bounded while every role still meets
     * every operation with every kind of hostile input.
     */
    static List<Probe> probes(JsonNode document) {
        List<Probe> probes = new ArrayList<>();
        operations(document).forEach((operation, op) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            boolean write = !method.equals("GET") && !method.equals("DELETE");
            List<String> ids = pathIds();
            boolean templated = path.contains("{");
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < (templated ? (write ? 4 : ids.size()) : 2); i++) {
                String p = templated ? path.replaceAll("\\{[^}]+}", ids.get(i)) : path;
                // Paths are documented without the trailing slash; every other variant sends it.
                paths.add(i % 2 == 0 ? p : p + "/");
            }
            String base = paths.get(paths.size() - 1);
            if (!write) {
                for (int i = 0; i < paths.size(); i++) {
                    probes.add(new Probe(operation, method, paths.get(i), null, null, i < 2));
                }
                List<String> queries = queries(declaredQuery(op));
                for (int i = 0; i < queries.size(); i++) {
                    probes.add(new Probe(operation, method, base + "?" + queries.get(i), null, null, i < 2));
                }
                return;
            }
            byte[] malformed = "{\"a\": [1, 2,".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < paths.size(); i++) {
                probes.add(new Probe(operation, method, paths.get(i), "application/json", malformed, i == 0));
            }
            probes.add(new Probe(operation, method, base + "?" + queries(List.of()).get(0), "application/json", malformed, false));
            List<byte[]> bodies = bodies(document, op);
            for (int i = 0; i < bodies.size(); i++) {
                probes.add(new Probe(operation, method, base, "application/json", bodies.get(i), i >= bodies.size() - 5));
            }
            byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
            List<String> types = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                    "multipart/form-data; boundary=zz", "application/json; charset=bogus");
            for (int i = 0; i < types.size(); i++) {
                String type = types.get(i);
                probes.add(new Probe(operation, method, base, type,
                        type.startsWith("multipart") ? "--zz\r\ngarbage".getBytes(StandardCharsets.UTF_8) : empty, i == 0));
            }
        });
        return probes;
    }

    private static List<String> declaredQuery(JsonNode op) {
        List<String> names = new ArrayList<>();
        op.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        });
        return names;
    }

    /** Bodies that are wrong for any route: not JSON objects, or objects whose every field is hostile. */
    private static List<byte[]> bodies(JsonNode document, JsonNode op) {
        Map<String, String> fields = properties(document, op);
        List<byte[]> bodies = new ArrayList<>();
        for (String raw : List.of("[]", "\"text\"", "123", "null", "true", "{\"a\":\"\\ud800\"}", "{\"a\": 1e999999}", "{" + "\"k\":1,".repeat(2000) + "\"k\":2}")) {
            bodies.add(raw.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'});
        ObjectNode wrongTypes = JSON.createObjectNode();
        ObjectNode nulls = JSON.createObjectNode();
        ObjectNode huge = JSON.createObjectNode();
        ObjectNode control = JSON.createObjectNode();
        fields.forEach((name, type) -> {
            switch (type) {
                case "string" -> wrongTypes.set(name, JSON.createArrayNode().add(1));
                case "integer", "number" -> wrongTypes.put(name, "twelve");
                case "boolean" -> wrongTypes.put(name, "perhaps");
                case "array" -> wrongTypes.put(name, "not a list");
                default -> wrongTypes.set(name, JSON.createArrayNode().add(JSON.createObjectNode()));
            }
            nulls.putNull(name);
            if (type.equals("integer") || type.equals("number")) {
                huge.put(name, new java.math.BigInteger("-" + "9".repeat(400)));
            } else {
                huge.put(name, LONG);
            }
            control.put(name, CONTROL);
        });
        ObjectNode numbers = JSON.createObjectNode();
        fields.keySet().forEach(name -> numbers.put(name, new java.math.BigDecimal("1E+400")));
        for (ObjectNode node : List.of(wrongTypes, nulls, huge, control, numbers)) {
            bodies.add(node.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** Property name to JSON type of the operation's JSON body schema, or the common names when it declares none. */
    private static Map<String, String> properties(JsonNode document, JsonNode op) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode schema = resolve(document, op.path("requestBody").path("content").path("application/json").path("schema"));
        Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            fields.put(p.getKey(), resolve(document, p.getValue()).path("type").asText("object"));
        }
        if (fields.isEmpty()) {
            new LinkedHashSet<>(COMMON_FIELDS).forEach(name -> fields.put(name, "string"));
        }
        return fields;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            return document.at(ref.substring(1));
        }
        return schema;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }
}
