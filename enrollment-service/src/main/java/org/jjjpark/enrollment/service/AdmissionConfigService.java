package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.repository.AdmissionConfigRepository;
import org.jjjpark.enrollment.rest.AdmissionConfigRequest;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;

import java.util.HashSet;
import java.util.List;

/** Setting and reading the admission rules of each (year, source province, batch). */
@ApplicationScoped
public class AdmissionConfigService {

    /** The outcome of a put: the rules, and whether they were new. */
    public record Stored(AdmissionConfig config, boolean created) {
    }

    private final AdmissionConfigRepository configs;

    @Inject
    public AdmissionConfigService(AdmissionConfigRepository configs) {
        this.configs = configs;
    }

    /** Creates or replaces the rules of {@code scope}; {@code expectedVersion} guards a replacement. */
    @Transactional
    public Stored put(AdmissionScope scope, AdmissionConfigRequest request, Long expectedVersion) {
        if (!request.windowClosesAt().isAfter(request.windowOpensAt())) {
            throw ApiException.invalidField(EnrollmentProblems.INVALID_WINDOW, "windowClosesAt",
                    "must be after windowOpensAt");
        }
        if (new HashSet<>(request.tieBreakChain()).size() != request.tieBreakChain().size()) {
            throw ApiException.invalidField(EnrollmentProblems.DUPLICATE_TIE_BREAK_KEY, "tieBreakChain",
                    "lists a key twice");
        }
        AdmissionConfig config = configs.findByIdOptional(scope).orElse(null);
        boolean created = config == null;
        if (created) {
            config = new AdmissionConfig();
            config.scope = scope;
        } else if (expectedVersion != null && expectedVersion != config.version) {
            throw ApiException.preconditionFailed(ProblemCodes.VERSION_MISMATCH,
                    "the rules changed since version " + expectedVersion + "; read them again (version "
                            + config.version + ")");
        }
        config.windowOpensAt = request.windowOpensAt();
        config.windowClosesAt = request.windowClosesAt();
        config.maxChoices = request.maxChoices();
        config.maxMajorsPerUnit = request.maxMajorsPerUnit();
        config.dropRatio = request.dropRatio();
        config.tieBreakChain = List.copyOf(request.tieBreakChain());
        config.tiePolicy = request.tiePolicy();
        config.updatedAt = CreationKeyset.currentTimestamp();
        configs.persistAndFlush(config);
        return new Stored(config, created);
    }

    @Transactional
    public AdmissionConfig get(AdmissionScope scope) {
        return configs.findByIdOptional(scope).orElseThrow(() -> ApiException.notFound(
                EnrollmentProblems.ADMISSION_CONFIG_NOT_FOUND, "no admission rules for " + scope.intakeYear() + "/"
                        + scope.sourceProvince() + "/" + scope.batch()));
    }

    @Transactional
    public List<AdmissionConfig> ofYear(int intakeYear) {
        return configs.ofYear(intakeYear);
    }
}
