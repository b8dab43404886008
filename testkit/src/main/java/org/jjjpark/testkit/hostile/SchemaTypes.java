package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a schema's type the way both OpenAPI 3.0 ({@code type: string}) and 3.1 ({@code type: [string, null]}) write it. */
final class SchemaTypes {

    private SchemaTypes() {
    }

    /** The first non-null type; {@code object} for a schema with properties and no type, else {@code any}. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode t : type) {
            if (!"null".equals(t.asText())) {
                return t.asText();
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "any";
    }
}
