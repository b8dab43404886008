package org.jjjpark.enrollment;

/** One broken rule of a choice list, with its stable code and the JSON path of the offending value. */
public record ChoiceProblem(String code, String field, String message) {
}
