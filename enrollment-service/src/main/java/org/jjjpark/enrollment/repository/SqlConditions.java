package org.jjjpark.enrollment.repository;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The conditions of a native query built from optional filters, with their named parameters. */
final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters;

    SqlConditions() {
        this(new LinkedHashMap<>());
    }

    private SqlConditions(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    /** Another clause list of the same query: its parameters bind together with these. */
    SqlConditions sibling() {
        return new SqlConditions(parameters);
    }

    /** {@code column = :parameter} when {@code value} is given. */
    SqlConditions equal(String column, String parameter, Object value) {
        if (value != null) {
            clauses.add(column + " = :" + parameter);
            parameter(parameter, value);
        }
        return this;
    }

    /** A parameter the query names elsewhere than in these conditions; enums bind by name, as they are stored. */
    SqlConditions parameter(String name, Object value) {
        parameters.put(name, value instanceof Enum<?> constant ? constant.name() : value);
        return this;
    }

    /** {@code column op :parameter} when {@code value} is given, e.g. {@code >=} for a lower bound. */
    SqlConditions compare(String column, String operator, String parameter, Object value) {
        if (value != null) {
            clauses.add(column + " " + operator + " :" + parameter);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A clause written out, with the values of its parameters. */
    SqlConditions clause(String clause, Map<String, Object> values) {
        clauses.add(clause);
        parameters.putAll(values);
        return this;
    }

    /** The conditions joined by {@code and}; {@code true} when there are none. */
    String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
