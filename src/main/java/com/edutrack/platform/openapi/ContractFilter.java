package com.edutrack.platform.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.request.ApiStyle;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.request.Created;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document from the same Java types and annotations the routes
 * use, so the document cannot drift from the code:
 * <ul>
 * <li>each operation is matched to its resource method (the operation id is generated as
 * {@code package.Class_method} and rewritten here to {@code Class_method});</li>
 * <li>{@link Created} routes document 201; {@link Enveloped} routes document the tutoring
 * envelope with the data's schema under its data name ({@link EnvelopeSchemas});</li>
 * <li>every operation gets the error statuses it can answer, in its API's error schema
 * ({@link ErrorResponses});</li>
 * <li>the {@code Field<T>} components of forms are written as T ({@link FormFields});</li>
 * <li>every key of a response object is listed as required (the JSON writes nulls, so every key
 * is always there), unless the schema lists its own required keys;</li>
 * <li>school API paths end with a slash, as the contract writes them;</li>
 * <li>page schemas are named after their rows ({@link PageNames}).</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        ErrorResponses errors = new ErrorResponses(api.getComponents());
        EnvelopeSchemas envelopes = new EnvelopeSchemas(api.getComponents());
        FormFields forms = new FormFields(api.getComponents());
        Paths paths = api.getPaths();
        if (paths == null) {
            return;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Map.Entry<String, PathItem> entry : paths.getPathItems().entrySet()) {
            String path = entry.getKey();
            for (Map.Entry<PathItem.HttpMethod, Operation> op : entry.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                Method method = javaMethod(operation.getOperationId());
                if (method == null) {
                    continue;
                }
                operation.setOperationId(operationId(method, ids));
                if (method.isAnnotationPresent(Created.class)) {
                    created(operation);
                }
                Enveloped[] enveloped = method.getAnnotationsByType(Enveloped.class);
                if (enveloped.length > 0) {
                    envelopes.apply(operation, method, enveloped, op.getKey() == PathItem.HttpMethod.GET && returnsList(method));
                }
                errors.apply(operation, method, path, op.getKey(), ApiStyle.of(path));
                ListParameters.apply(operation, method, enveloped.length > 0 && op.getKey() == PathItem.HttpMethod.GET && returnsList(method));
                forms(operation, method, forms);
            }
        }
        envelopes.removeRaw();
        forms.removeGenerated();
        new RequiredKeys(api).apply();
        PageNames.apply(api);
        trailingSlashes(api);
    }

    /** The request body's schema is the form record the method takes. */
    private static void forms(Operation operation, Method method, FormFields forms) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (Class<?> type : method.getParameterTypes()) {
            if (!Form.class.isAssignableFrom(type)) {
                continue;
            }
            for (var media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                Schema schema = media.getSchema();
                if (schema != null && schema.getRef() != null) {
                    forms.apply(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1), type);
                }
            }
        }
    }

    /** {@code Class_method}, or {@code package_Class_method} where two classes share a simple name. */
    private static String operationId(Method method, java.util.Set<String> taken) {
        Class<?> type = method.getDeclaringClass();
        String id = type.getSimpleName() + "_" + method.getName();
        if (!taken.add(id)) {
            String pkg = type.getPackageName();
            id = pkg.substring(pkg.lastIndexOf('.') + 1) + "_" + id;
            taken.add(id);
        }
        return id;
    }

    private static boolean returnsList(Method method) {
        return method.getGenericReturnType().getTypeName().contains("java.util.List");
    }

    private static void created(Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            responses.removeAPIResponse("200");
            responses.addAPIResponse("201", ok.description("Created"));
        }
    }

    /** {@code com.edutrack.x.FooResource_bar} -> the public resource method {@code bar} of that class. */
    static Method javaMethod(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return null;
        }
        int cut = operationId.lastIndexOf('_');
        try {
            Class<?> type = Class.forName(operationId.substring(0, cut), false, ContractFilter.class.getClassLoader());
            String name = operationId.substring(cut + 1);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && !m.isBridge()) {
                        return m;
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            return null;
        }
        return null;
    }

    private static void trailingSlashes(OpenAPI api) {
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(api.getPaths().getPathItems().keySet());
        for (String key : keys) {
            PathItem item = api.getPaths().getPathItem(key);
            renamed.put(key.startsWith("/api/") && !key.endsWith("/") ? key + "/" : key, item);
        }
        Paths paths = OASFactory.createPaths();
        renamed.forEach(paths::addPathItem);
        api.setPaths(paths);
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
