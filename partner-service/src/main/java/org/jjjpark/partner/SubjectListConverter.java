package org.jjjpark.partner;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** Stores a program's required subjects as one comma-separated column: at most three, never queried alone. */
@Converter
public class SubjectListConverter implements AttributeConverter<List<Subject>, String> {

    @Override
    public String convertToDatabaseColumn(List<Subject> subjects) {
        return subjects == null ? "" : String.join(",", subjects.stream().map(Enum::name).toList());
    }

    @Override
    public List<Subject> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Subject::valueOf).toList();
    }
}
