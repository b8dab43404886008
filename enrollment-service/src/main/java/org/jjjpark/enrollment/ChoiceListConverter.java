package org.jjjpark.enrollment;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores an ordered choice list as one JSON column. */
@Converter
public class ChoiceListConverter extends JsonColumnConverter<List<Choice>> {

    public ChoiceListConverter() {
        super(new TypeReference<>() {
        }, "choice list");
    }
}
