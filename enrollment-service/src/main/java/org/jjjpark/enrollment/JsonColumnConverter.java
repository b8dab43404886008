package org.jjjpark.enrollment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;

/** Stores a value as one JSON column: written and read whole, never queried by its parts. */
public abstract class JsonColumnConverter<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TypeReference<T> type;
    private final String what;

    /** @param what names the value in errors, e.g. "choice list" */
    protected JsonColumnConverter(TypeReference<T> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be stored", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + what + " is unreadable", e);
        }
    }
}
