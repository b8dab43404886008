package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A place in a request body where a value of {@code schema} sits: a field of an object or an element of an array.
 * Mutations replace or remove what is there.
 *
 * @param schema the resolved schema the value was built from
 */
record Slot(JsonNode container, String field, int index, JsonNode schema, String path) {

    static Slot field(ObjectNode object, String field, JsonNode schema, String path) {
        return new Slot(object, field, -1, schema, path);
    }

    static Slot element(ArrayNode array, int index, JsonNode schema, String path) {
        return new Slot(array, null, index, schema, path);
    }

    void set(JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set(field, value);
        } else {
            ((ArrayNode) container).set(index, value);
        }
    }

    /** Removes the value; an array element stays as {@code null}, which keeps the other slots' indexes right. */
    void remove() {
        if (container instanceof ObjectNode object) {
            object.remove(field);
        } else {
            ((ArrayNode) container).set(index, (JsonNode) null);
        }
    }

    String type() {
        return SchemaTypes.typeOf(schema);
    }
}
