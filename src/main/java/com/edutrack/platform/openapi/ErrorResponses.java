package com.edutrack.platform.openapi;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.request.ApiStyle;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.security.Public;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers of every operation, in the error body of its API (the single
 * {@code ErrorMapper} writes them): the school API's DRF bodies ({@code {"detail"}},
 * {@code {"error"}}, field lists) and the tutoring service's {@code ERR} body. Which statuses an
 * operation can answer follows from what the platform does for every route of its kind; a route
 * documents any further one with {@code @APIResponse(responseCode = ...)}, and its body is filled
 * in here.
 */
final class ErrorResponses {
    static final String SCHOOL_ERROR = "SchoolError";
    static final String SCHOOL_MESSAGE = "SchoolMessageError";
    static final String TUTORING_ERROR = "TutoringError";

    private final Components components;

    ErrorResponses(Components components) {
        this.components = components;
        define();
    }

    private void define() {
        components.addSchema("DetailError", object("The reason, as DRF writes most errors.", Map.of("detail", string())));
        components.addSchema("MessageError", object("The reason, as the seed writes rule errors.", Map.of("error", string())));
        components.addSchema("FieldErrors", OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("Field errors, as DRF writes them: each bad field (or non_field_errors) with its messages.")
                .addProperty("non_field_errors", OASFactory.createSchema().type(SchemaType.ARRAY).items(string()))
                .additionalPropertiesSchema(OASFactory.createSchema().type(SchemaType.ARRAY).items(string())));
        components.addSchema(SCHOOL_ERROR, OASFactory.createSchema()
                .description("A school API error: {\"detail\"}, {\"error\"} or field lists.")
                .anyOf(List.of(ContractFilter.ref("DetailError"), ContractFilter.ref("MessageError"), ContractFilter.ref("FieldErrors"))));
        components.addSchema(SCHOOL_MESSAGE, OASFactory.createSchema()
                .description("A school API error: {\"detail\"} or {\"error\"}.")
                .anyOf(List.of(ContractFilter.ref("DetailError"), ContractFilter.ref("MessageError"))));
        Schema tutoring = object("The tutoring service's error body.", Map.of(
                "status", OASFactory.createSchema().type(SchemaType.INTEGER),
                "message", string().description("errMsg_ and the reason in CamelCase").pattern("^errMsg_"),
                "errCode", OASFactory.createSchema().type(SchemaType.INTEGER),
                "date", string().format("date-time"),
                "detail", string(),
                "requestId", string()));
        tutoring.addProperty("result", string().enumeration(List.of("ERR")));
        tutoring.addRequired("result");
        components.addSchema(TUTORING_ERROR, tutoring);
    }

    void apply(Operation operation, Method method, String path, PathItem.HttpMethod http, ApiStyle style) {
        APIResponses responses = operation.getResponses();
        boolean write = http != PathItem.HttpMethod.GET;
        boolean isPublic = method.isAnnotationPresent(Public.class) || method.getDeclaringClass().isAnnotationPresent(Public.class);
        add(responses, "400", "Bad input: malformed URL or query, invalid body or fields.", style, true);
        if (!isPublic) {
            add(responses, "401", "Not signed in (no, invalid or expired token).", style, false);
        }
        if (!isPublic || write) {
            add(responses, "403", "Not allowed: wrong role, not the owner, or a cookie write from an untrusted origin.", style, false);
        }
        if (path.contains("{") || DrfPage.class.isAssignableFrom(method.getReturnType())) {
            add(responses, "404", path.contains("{") ? "Not found, or not visible to the caller." : "Invalid page.", style, false);
        }
        if (write) {
            add(responses, "409", "Changed by a concurrent request, or conflicts with the stored state.", style, false);
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "Request body over 55 MB.", style, false);
            add(responses, "415", "Content type other than JSON or multipart/form-data.", style, false);
        }
        add(responses, "503", "The database is unavailable; retry after the Retry-After seconds.", style, false);
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds after which a retry is worthwhile").schema(OASFactory.createSchema().type(SchemaType.INTEGER)));
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            int code = Integer.parseInt(e.getKey().startsWith("d") ? "0" : e.getKey());
            if (code >= 400 && (e.getValue().getContent() == null || e.getValue().getContent().getMediaTypes().isEmpty())) {
                e.getValue().setContent(content(style, code == 400));
            }
        }
    }

    private void add(APIResponses responses, String code, String description, ApiStyle style, boolean fieldErrors) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content(style, fieldErrors)));
        }
    }

    private static Content content(ApiStyle style, boolean fieldErrors) {
        String name = style == ApiStyle.TUTORING ? TUTORING_ERROR : fieldErrors ? SCHOOL_ERROR : SCHOOL_MESSAGE;
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(ContractFilter.ref(name)));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }

    private static Schema object(String description, Map<String, Schema> properties) {
        Schema s = OASFactory.createSchema().type(SchemaType.OBJECT).description(description);
        properties.forEach((k, v) -> {
            s.addProperty(k, v);
            s.addRequired(k);
        });
        return s;
    }
}
