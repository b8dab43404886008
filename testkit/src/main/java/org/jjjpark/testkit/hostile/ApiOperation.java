package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of an OpenAPI document, as much of it as hostile requests need: where it is, its parameters and
 * the schema of its JSON body (references resolved on use through {@link OpenApiDocument#resolve}).
 *
 * @param bodySchema the {@code application/json} body's schema, or {@code null} when the operation takes none
 * @param bodyMediaTypes every media type the operation declares for its body (empty when it takes none)
 */
public record ApiOperation(String method, String pathTemplate, List<ApiParameter> parameters, JsonNode bodySchema,
                           List<String> bodyMediaTypes) {

    public boolean takesBody() {
        return !bodyMediaTypes.isEmpty();
    }

    public List<ApiParameter> parametersIn(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
