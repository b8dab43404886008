package org.jjjpark.enrollment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores an ordered choice list as one JSON column: written and read whole, never queried by its parts. */
@Converter
public class ChoiceListConverter implements AttributeConverter<List<Choice>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Choice>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Choice> choices) {
        try {
            return JSON.writeValueAsString(choices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("choice list cannot be stored", e);
        }
    }

    @Override
    public List<Choice> convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored choice list is unreadable", e);
        }
    }
}
