package org.jjjpark.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a create command at most once per {@code Idempotency-Key}: a retry of the same request gets the first
 * response again (same status, {@code Location} and body), a different request under a used key gets
 * {@code 422 IDEMPOTENCY_KEY_REUSED}. The key is claimed in the command's own transaction, so a failed command
 * leaves the key free and nothing is half-remembered.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper json;

    @Inject
    public IdempotentCreation(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * @param scope    the operation, e.g. {@code POST /api/v1/partners}; keys are unique per scope
     * @param key      the client's key, or {@code null} to run the command without protection
     * @param request  the request body, compared with the first request sent under the same key
     * @param creation the command; runs in this method's transaction
     */
    @Transactional
    public Response create(String scope, String key, Object request, Supplier<Response> creation) {
        if (key == null) {
            return creation.get();
        }
        requireWellFormed(key);
        String hash = sha256(toJson(request));
        int claimed = em.createNativeQuery("""
                        insert into idempotency_record (scope, idempotency_key, request_hash)
                        values (:scope, :key, :hash) on conflict do nothing""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 0) {
            // Another request holds or held this key. The insert above waited for it to finish, so its
            // response is committed now, unless it is still running on another instance.
            return replay(scope, key, hash);
        }
        Response response = creation.get();
        em.createNativeQuery("""
                        update idempotency_record set status = :status, location = :location, body = :body
                        where scope = :scope and idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter("scope", scope).setParameter("key", key)
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, status, location, body from idempotency_record
                        where scope = :scope and idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            throw ApiException.conflict(ProblemCodes.IDEMPOTENCY_KEY_IN_USE,
                    "a request with this Idempotency-Key is still being processed; retry shortly");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiException.unprocessable(ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true")
                .entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
        if (row[2] != null) {
            replay.location(URI.create((String) row[2]));
        }
        return replay.build();
    }

    private static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, HEADER,
                    "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise for idempotency record", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
