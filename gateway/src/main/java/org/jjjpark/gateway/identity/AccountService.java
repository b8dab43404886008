package org.jjjpark.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.events.IdentityHashes;
import org.jjjpark.gateway.GatewayConfig;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.security.Roles;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Applicant accounts. Sign-up is open only to candidates an education authority registered, matched by the
 * keyed hashes of exam number and ID number. Every refusal reads the same, so that answers never tell
 * whether an exam number exists or already has an account.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    static final String SIGNUP_REFUSED = "SIGNUP_REFUSED";
    static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";

    private final EntityManager em;
    private final Secrets secrets;
    private final TokenService tokens;
    private final byte[] lookupKey;

    @Inject
    public AccountService(EntityManager em, Secrets secrets, TokenService tokens, GatewayConfig config) {
        this.em = em;
        this.secrets = secrets;
        this.tokens = tokens;
        this.lookupKey = config.identity().lookupKey().getBytes(StandardCharsets.UTF_8);
    }

    @Transactional
    public SignedUp signUp(SignUpRequest request) {
        RegisteredCandidate candidate = candidateByExamNumber(request.examNumber());
        boolean matches = candidate != null
                && candidate.idNumberHash.equals(IdentityHashes.idNumber(lookupKey, request.idNumber()))
                && em.find(ApplicantAccount.class, candidate.candidateId) == null;
        // Hash the password either way: a refusal must not answer faster than a success.
        String passwordHash = secrets.hash(request.password());
        if (!matches) {
            throw ApiException.unprocessable(SIGNUP_REFUSED, "sign-up refused: the exam number and ID number do "
                    + "not match a registered candidate without an account; check them with your exam registration "
                    + "office, or sign in if you have signed up before");
        }
        ApplicantAccount account = new ApplicantAccount();
        account.candidateId = candidate.candidateId;
        account.passwordHash = passwordHash;
        account.createdAt = OffsetDateTime.now();
        em.persist(account);
        LOG.infof("applicant account created for candidate %s", candidate.candidateId);
        return new SignedUp(candidate.candidateId);
    }

    @Transactional
    public IssuedToken signIn(SignInRequest request) {
        RegisteredCandidate candidate = candidateByExamNumber(request.examNumber());
        ApplicantAccount account = candidate == null ? null : em.find(ApplicantAccount.class, candidate.candidateId);
        if (account == null) {
            secrets.compareWithDecoy(request.password());
            throw invalidCredentials();
        }
        if (!secrets.matches(request.password(), account.passwordHash)) {
            throw invalidCredentials();
        }
        account.lastSignInAt = OffsetDateTime.now();
        return tokens.issue(candidate.candidateId.toString(), Roles.APPLICANT,
                Map.of(Roles.PROVINCE_CLAIM, candidate.provinceCode));
    }

    private RegisteredCandidate candidateByExamNumber(String examNumber) {
        return em.createQuery("from RegisteredCandidate where examNumberHash = :hash", RegisteredCandidate.class)
                .setParameter("hash", IdentityHashes.examNumber(lookupKey, examNumber))
                .getResultStream().findFirst().orElse(null);
    }

    private static ApiException invalidCredentials() {
        return new ApiException(401, INVALID_CREDENTIALS, "Sign-in failed",
                "the exam number or the password is wrong", java.util.List.of());
    }
}
