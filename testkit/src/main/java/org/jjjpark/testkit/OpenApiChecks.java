package org.jjjpark.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The completeness rules of a service's OpenAPI document (ARCHITECTURE §5), over the document read as maps:
 * integrators build from it alone, so every operation and field must explain itself.
 */
public final class OpenApiChecks {

    private OpenApiChecks() {
    }

    /**
     * Operations without a summary, or without a 4xx response documented as problem+json.
     *
     * @param paths the document's {@code paths}
     * @return one entry per gap, e.g. {@code GET /api/v1/partners: summary}
     */
    public static List<String> undocumentedOperations(Map<String, Map<String, Map<String, Object>>> paths) {
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean documentsAProblem = responses.entrySet().stream()
                    .anyMatch(r -> r.getKey().startsWith("4") && String.valueOf(r.getValue().get("content"))
                            .contains("application/problem+json"));
            if (!documentsAProblem) {
                missing.add(name + ": a 4xx problem+json response");
            }
        }));
        return missing;
    }

    /**
     * Schema properties with neither a description nor a reference to a schema of their own.
     *
     * @param schemas the document's {@code components.schemas}
     * @return one entry per gap, e.g. {@code Partner.nameZh}
     */
    public static List<String> undocumentedFields(Map<String, Map<String, Object>> schemas) {
        List<String> undocumented = new ArrayList<>();
        schemas.forEach((schema, definition) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
            if (properties != null) {
                properties.forEach((field, property) -> {
                    if (property.get("description") == null && property.get("$ref") == null
                            && property.get("allOf") == null) {
                        undocumented.add(schema + "." + field);
                    }
                });
            }
        });
        return undocumented;
    }
}
