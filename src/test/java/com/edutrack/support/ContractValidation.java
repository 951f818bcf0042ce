package com.edutrack.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every request the tests send and every response they get against the OpenAPI document
 * the server publishes (Atlassian's swagger-request-validator): an undocumented status, key or
 * type fails the test. A request is held to the document when the server accepted it (2xx); a
 * refused one is the test's own bad input, and only its response is checked. Keys the document
 * does not list are errors (the validator's default, kept on purpose).
 *
 * <p>{@code -Dit.contract=report} writes violations to {@code target/contract-violations.txt}
 * instead of failing (for finding them all in one run); {@code strict} fails the test.
 */
public final class ContractValidation implements Filter {
    public static final ContractValidation INSTANCE = new ContractValidation();
    private static final List<String> CHECKED = List.of("/api/", "/v1/", "/currentuser", "/permissions", "/media/", "/.well-known/");
    private static volatile OpenApiInteractionValidator validator;

    private ContractValidation() {
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidation.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();
                }
            }
        }
        return validator;
    }

    static String document() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + "/openapi?format=JSON")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi answered " + r.statusCode());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification spec, FilterContext ctx) {
        Response response = ctx.next(req, spec);
        URI uri = URI.create(req.getURI());
        String path = uri.getRawPath();
        // a CORS preflight is answered by the platform's filter on any path: not an operation of the document
        if (CHECKED.stream().noneMatch(path::startsWith) || "OPTIONS".equalsIgnoreCase(req.getMethod())) {
            return response;
        }
        if (path.startsWith("/api/") && !path.endsWith("/")) {
            path = path + "/";
        }
        ValidationReport report = validator().validate(request(req, path, uri), response(response));
        boolean accepted = response.statusCode() / 100 == 2;
        List<ValidationReport.Message> problems = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> accepted || !m.getKey().startsWith("validation.request"))
                .toList();
        if (!problems.isEmpty()) {
            String text = req.getMethod() + " " + path + " -> " + response.statusCode() + "\n"
                    + problems.stream().map(m -> "  [" + m.getKey() + "] " + m.getMessage()
                            + m.getAdditionalInfo().stream().map(i -> "\n      " + i).collect(Collectors.joining()))
                    .collect(Collectors.joining("\n"))
                    + "\n  body: " + abbreviate(response.asString());
            if (!"strict".equals(System.getProperty("it.contract", "report"))) {
                record(text);
            } else {
                throw new AssertionError("Not as the OpenAPI document says: " + text);
            }
        }
        return response;
    }

    private static Request request(FilterableRequestSpecification req, String path, URI uri) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(req.getMethod().toUpperCase(Locale.ROOT), path);
        String contentType = req.getContentType();
        if (contentType != null) {
            b.withContentType(contentType);
        }
        Object body = req.getBody();
        if (body != null && (contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json"))) {
            b.withBody(body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString());
        }
        req.getHeaders().forEach(h -> b.withHeader(h.getName(), h.getValue()));
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                b.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return b.build();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static com.atlassian.oai.validator.model.Response response(Response response) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(response.statusCode());
        response.getHeaders().forEach(h -> b.withHeader(h.getName(), h.getValue()));
        String type = response.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            b.withBody(response.asString());
        }
        return b.build();
    }

    private static synchronized void record(String text) {
        try {
            Path file = Path.of("target", "contract-violations.txt");
            Files.writeString(file, text + "\n\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
