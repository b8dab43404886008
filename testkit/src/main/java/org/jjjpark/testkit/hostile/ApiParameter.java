package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A path, query or header parameter of an {@link ApiOperation}.
 *
 * @param in {@code path}, {@code query} or {@code header}
 */
public record ApiParameter(String name, String in, boolean required, JsonNode schema) {
}
