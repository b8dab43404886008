package org.jjjpark.events;

/**
 * One event type and version: its CloudEvents {@code type} string, its payload record, its topic and its schema.
 * Breaking changes get a new version (a new constant), never an edit of an existing one.
 */
public record EventType<T>(String name, Class<T> payloadClass, String topic) {

    /** Classpath location of the JSON Schema that {@code data} of this type must satisfy. */
    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }

    @Override
    public String toString() {
        return name;
    }
}
