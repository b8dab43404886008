package org.jjjpark.http.versioning;

import jakarta.ws.rs.core.EntityTag;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;

/** ETags are the entity's version; {@code If-Match} names the version a client's change is based on. */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header asks for: {@code null} when the header is absent or {@code *}.
     *
     * @throws ApiException {@code 400} when the header is not an ETag this service issued
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "If-Match",
                    "must be an ETag returned by this service, e.g. \"3\"");
        }
    }
}
