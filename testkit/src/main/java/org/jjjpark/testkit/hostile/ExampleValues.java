package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds a value that a schema would accept, from its examples where the document gives them, so that a single
 * mutation of it reaches the service's validation instead of failing on everything at once. Every place a value
 * was put is recorded as a {@link Slot}.
 */
final class ExampleValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final OpenApiDocument document;
    private final Random random;

    ExampleValues(OpenApiDocument document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** A value for {@code schema}; its inner places are added to {@code slots}. */
    JsonNode valueOf(JsonNode schema, List<Slot> slots) {
        return build(effective(schema), slots, "", 0);
    }

    /** A parameter value as text, e.g. a UUID for {@code format: uuid}. */
    String textOf(JsonNode schema) {
        JsonNode value = build(effective(schema), new java.util.ArrayList<>(), "", MAX_DEPTH);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** The schema with references followed and a composition reduced to its first part. */
    JsonNode effective(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            if (resolved.has(composition) && resolved.get(composition).size() > 0 && !resolved.has("properties")) {
                ObjectNode merged = JSON.objectNode();
                for (JsonNode part : resolved.get(composition)) {
                    JsonNode p = effective(part);
                    if (p.isObject()) {
                        p.fields().forEachRemaining(e -> merged.putIfAbsent(e.getKey(), e.getValue()));
                    }
                    if (!composition.equals("allOf")) {
                        break;
                    }
                }
                resolved.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals(composition)) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                return merged;
            }
        }
        return resolved;
    }

    private JsonNode build(JsonNode schema, List<Slot> slots, String path, int depth) {
        JsonNode example = example(schema);
        String type = SchemaTypes.typeOf(schema);
        switch (type) {
            case "object" -> {
                if (depth >= MAX_DEPTH || !schema.has("properties")) {
                    return example != null && example.isObject() ? example.deepCopy() : JSON.objectNode();
                }
                ObjectNode object = JSON.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    JsonNode propertySchema = effective(property.getValue());
                    if (propertySchema.path("readOnly").asBoolean(false)) {
                        continue;
                    }
                    String propertyPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                    object.set(property.getKey(), build(propertySchema, slots, propertyPath, depth + 1));
                    slots.add(Slot.field(object, property.getKey(), propertySchema, propertyPath));
                }
                return object;
            }
            case "array" -> {
                if (example != null && example.isArray() && example.size() > 0 && depth >= MAX_DEPTH) {
                    return example.deepCopy();
                }
                ArrayNode array = JSON.arrayNode();
                if (depth < MAX_DEPTH) {
                    JsonNode items = effective(schema.path("items"));
                    int count = Math.max(1, schema.path("minItems").asInt(1));
                    for (int i = 0; i < count; i++) {
                        array.add(build(items, slots, path + "[" + i + "]", depth + 1));
                        slots.add(Slot.element(array, i, items, path + "[" + i + "]"));
                    }
                }
                return array;
            }
            case "integer" -> {
                if (example != null && example.canConvertToLong()) {
                    return JSON.numberNode(example.asLong());
                }
                if (example != null && example.isTextual() && example.asText().matches("-?\\d{1,18}")) {
                    return JSON.numberNode(Long.parseLong(example.asText()));
                }
                return JSON.numberNode(schema.path("minimum").asLong(1));
            }
            case "number" -> {
                if (example != null && example.isNumber()) {
                    return example;
                }
                if (example != null && example.isTextual() && example.asText().matches("-?\\d{1,15}(\\.\\d+)?")) {
                    return JSON.numberNode(new java.math.BigDecimal(example.asText()));
                }
                return JSON.numberNode(schema.path("minimum").asDouble(1));
            }
            case "boolean" -> {
                return JSON.booleanNode(example == null ? random.nextBoolean() : example.asBoolean());
            }
            default -> {
                return text(schema, example);
            }
        }
    }

    private JsonNode text(JsonNode schema, JsonNode example) {
        JsonNode values = schema.path("enum");
        if (values.size() > 0) {
            return values.get(random.nextInt(values.size()));
        }
        if (example != null && !example.isNull()) {
            return example.isTextual() ? example : TextNode.valueOf(example.asText());
        }
        return TextNode.valueOf(switch (schema.path("format").asText()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2025-06-01";
            case "date-time" -> "2025-06-01T08:00:00Z";
            case "email" -> "someone@example.org";
            case "uri", "url" -> "https://example.org/document.pdf";
            default -> "x".repeat(Math.max(1, schema.path("minLength").asInt(1)));
        });
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        JsonNode examples = schema.path("examples");
        return examples.isArray() && examples.size() > 0 ? examples.get(0) : null;
    }
}
