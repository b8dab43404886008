package org.jjjpark.gateway.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The sign-in of a registered candidate; its id is the candidate id, which becomes the token's subject. */
@Entity
@Table(name = "applicant_account")
public class ApplicantAccount {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    /** bcrypt hash of the applicant's password. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_sign_in_at")
    public OffsetDateTime lastSignInAt;
}
