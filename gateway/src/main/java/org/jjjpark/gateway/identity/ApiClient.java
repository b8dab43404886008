package org.jjjpark.gateway.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A system that calls the platform with OAuth2 client credentials: a commission, a partner or an operator. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(nullable = false)
    public String name;

    /** One of commission, partner, operator; becomes the token's {@code groups}. */
    @Column(nullable = false)
    public String role;

    /** The province a commission acts for. */
    public String province;

    /** The partner a partner client acts for. */
    @Column(name = "partner_id")
    public UUID partnerId;

    /** bcrypt hash; the secret itself is shown once, when created or rotated. */
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "secret_rotated_at", nullable = false)
    public OffsetDateTime secretRotatedAt;

    @Version
    public long version;

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
