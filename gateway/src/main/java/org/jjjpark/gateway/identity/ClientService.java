package org.jjjpark.gateway.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.gateway.GatewayConfig;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Cursor;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;
import org.jjjpark.http.security.Roles;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creating, rotating and disabling system clients, and exchanging their credentials for tokens. */
@ApplicationScoped
public class ClientService {

    private static final Logger LOG = Logger.getLogger(ClientService.class);
    private static final Set<String> PROVINCES = Set.of("110000", "120000", "130000");

    private final EntityManager em;
    private final Secrets secrets;
    private final TokenService tokens;
    private final GatewayConfig.Bootstrap bootstrap;

    @Inject
    public ClientService(EntityManager em, Secrets secrets, TokenService tokens, GatewayConfig config) {
        this.em = em;
        this.secrets = secrets;
        this.tokens = tokens;
        this.bootstrap = config.bootstrap();
    }

    @Transactional
    public ClientCredentials create(ClientRequest request) {
        requireScopeClaims(request);
        ApiClient client = new ApiClient();
        client.clientId = clientIdFor(request);
        client.name = request.name().strip();
        client.role = request.role().tokenRole();
        client.province = request.role() == ClientRole.COMMISSION ? request.province() : null;
        client.partnerId = request.role() == ClientRole.PARTNER ? request.partnerId() : null;
        String secret = secrets.newSecret();
        client.secretHash = secrets.hash(secret);
        client.status = "ACTIVE";
        client.createdAt = CreationKeyset.currentTimestamp();
        client.secretRotatedAt = client.createdAt;
        em.persist(client);
        LOG.infof("created %s client %s", client.role, client.clientId);
        return new ClientCredentials(ClientView.of(client), secret);
    }

    @Transactional
    public ClientCredentials rotateSecret(String clientId) {
        ApiClient client = find(clientId);
        String secret = secrets.newSecret();
        client.secretHash = secrets.hash(secret);
        client.secretRotatedAt = CreationKeyset.currentTimestamp();
        LOG.infof("rotated the secret of client %s", clientId);
        return new ClientCredentials(ClientView.of(client), secret);
    }

    /** Disabled clients get no new tokens; tokens already issued run out within their short lifetime. */
    @Transactional
    public ClientView disable(String clientId) {
        ApiClient client = find(clientId);
        client.status = "DISABLED";
        LOG.infof("disabled client %s", clientId);
        return ClientView.of(client);
    }

    @Transactional
    public ClientView get(String clientId) {
        return ClientView.of(find(clientId));
    }

    @Transactional
    public Page<ClientView> list(String cursor, int limit) {
        String query = "from ApiClient c";
        var typed = cursor == null
                ? em.createQuery(query + " order by c.createdAt, c.clientId", ApiClient.class)
                : afterCursor(query, cursor);
        List<ApiClient> rows = typed.setMaxResults(limit + 1).getResultList();
        return Page.of(rows.stream().map(ClientView::of).toList(), limit,
                c -> Cursor.encode(c.createdAt().toString(), c.clientId()));
    }

    /** The client credentials grant: a token for an active client whose secret matches, else nothing. */
    @Transactional
    public Optional<IssuedToken> exchange(String clientId, String secret) {
        ApiClient client = em.find(ApiClient.class, clientId);
        if (client == null) {
            secrets.compareWithDecoy(secret);
            return Optional.empty();
        }
        if (!secrets.matches(secret, client.secretHash) || !client.isActive()) {
            return Optional.empty();
        }
        Map<String, String> claims = client.province != null ? Map.of(Roles.PROVINCE_CLAIM, client.province)
                : client.partnerId != null ? Map.of(Roles.PARTNER_ID_CLAIM, client.partnerId.toString()) : Map.of();
        return Optional.of(tokens.issue(client.clientId, client.role, claims));
    }

    /** Gives a fresh installation its first operator, from configuration, so that someone can create the rest. */
    @Transactional
    void createBootstrapOperator(@Observes StartupEvent start) {
        if (bootstrap.operatorClientId().isEmpty() || bootstrap.operatorClientSecret().isEmpty()) {
            return;
        }
        String id = bootstrap.operatorClientId().get();
        if (em.find(ApiClient.class, id) != null) {
            return;
        }
        ApiClient client = new ApiClient();
        client.clientId = id;
        client.name = "Bootstrap operator";
        client.role = Roles.OPERATOR;
        client.secretHash = secrets.hash(bootstrap.operatorClientSecret().get());
        client.status = "ACTIVE";
        client.createdAt = CreationKeyset.currentTimestamp();
        client.secretRotatedAt = client.createdAt;
        em.persist(client);
        LOG.infof("created bootstrap operator client %s", id);
    }

    private TypedQuery<ApiClient> afterCursor(String query, String cursor) {
        List<String> parts = Cursor.decode(cursor, 2);
        OffsetDateTime createdAt;
        try {
            createdAt = OffsetDateTime.parse(parts.get(0));
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
        return em.createQuery(query + " where c.createdAt > :t or (c.createdAt = :t and c.clientId > :id)"
                        + " order by c.createdAt, c.clientId", ApiClient.class)
                .setParameter("t", createdAt).setParameter("id", parts.get(1));
    }

    private ApiClient find(String clientId) {
        ApiClient client = em.find(ApiClient.class, clientId);
        if (client == null) {
            throw ApiException.notFound("CLIENT_NOT_FOUND", "no client with id " + clientId);
        }
        return client;
    }

    private String clientIdFor(ClientRequest request) {
        String scope = switch (request.role()) {
            case COMMISSION -> "commission-" + request.province();
            case PARTNER -> "partner";
            case OPERATOR -> "operator";
        };
        return scope + "-" + secrets.randomSuffix();
    }

    private static void requireScopeClaims(ClientRequest request) {
        // Set.of refuses to look up null, so a missing province is tested first.
        if (request.role() == ClientRole.COMMISSION
                && (request.province() == null || !PROVINCES.contains(request.province()))) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "province",
                    "a COMMISSION client needs its province: 110000, 120000 or 130000");
        }
        if (request.role() == ClientRole.PARTNER && request.partnerId() == null) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "partnerId", "a PARTNER client needs its partner id");
        }
    }
}
