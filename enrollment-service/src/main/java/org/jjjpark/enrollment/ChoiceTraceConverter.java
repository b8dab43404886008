package org.jjjpark.enrollment;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores an applicant's trace as one JSON column: written once by the round, read whole by the explanation. */
@Converter
public class ChoiceTraceConverter extends JsonColumnConverter<List<ChoiceTrace>> {

    public ChoiceTraceConverter() {
        super(new TypeReference<>() {
        }, "trace");
    }
}
