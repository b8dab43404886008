package org.jjjpark.admission.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The frozen snapshot a round runs on: the configuration, the units, and the applicants with their lists, kept as
 * arrays in canonical order (units and applicants by id, majors by code) whatever order they were given in.
 * Built once with {@link #builder}, then read-only.
 */
public final class AdmissionInput {

    private final RoundConfig config;
    private final UnitTable units;
    private final ApplicantTable applicants;
    private final Eligibility eligibility;

    private AdmissionInput(RoundConfig config, UnitTable units, ApplicantTable applicants) {
        this.config = config;
        this.units = units;
        this.applicants = applicants;
        this.eligibility = new Eligibility(applicants, units,
                Points.hundredths(config.controlLine(), "the round's", "control line"));
    }

    /** Starts a snapshot of {@code units}; applicants are added one by one, so that no list of records is needed. */
    public static Builder builder(RoundConfig config, Collection<Unit> units) {
        return new Builder(config, units);
    }

    public static AdmissionInput of(RoundConfig config, Collection<Unit> units, Collection<Applicant> applicants) {
        Builder builder = builder(config, units);
        applicants.forEach(builder::add);
        return builder.build();
    }

    public RoundConfig config() {
        return config;
    }

    public UnitTable units() {
        return units;
    }

    public ApplicantTable applicants() {
        return applicants;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    /** A fresh priority order over this snapshot (it caches lottery draws, so give each reader its own). */
    public Priority priority() {
        return new Priority(applicants, config);
    }

    /** Applicant {@code a} as a record, with electives highest first and sets in canonical order. */
    public Applicant applicant(int a) {
        List<Choice> choices = new ArrayList<>();
        for (int c = applicants.firstChoice(a); c < applicants.endChoice(a); c++) {
            List<String> majors = new ArrayList<>();
            for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
                majors.add(units.majorCode(applicants.listedMajor(k)));
            }
            choices.add(new Choice(units.id(applicants.unitOfChoice(c)), majors, applicants.acceptsAdjustment(c)));
        }
        Scores scores = new Scores(Points.of(applicants.total(a)),
                Points.of(applicants.component(ScoreComponent.CHINESE, a)),
                Points.of(applicants.component(ScoreComponent.MATHEMATICS, a)),
                Points.of(applicants.component(ScoreComponent.FOREIGN_LANGUAGE, a)),
                Points.of(applicants.component(ScoreComponent.FIRST_CHOICE_SUBJECT, a)),
                Arrays.stream(applicants.electives(a)).mapToObj(Points::of).toList());
        return new Applicant(applicants.id(a), scores, applicants.subjects(a), Set.copyOf(applicants.attributes(a)),
                choices);
    }

    /** Collects the applicants of a snapshot; each reference is checked as it is added. */
    public static final class Builder {

        private final RoundConfig config;
        private final UnitTable units;
        private final ApplicantTableBuilder applicants;

        private Builder(RoundConfig config, Collection<Unit> units) {
            this.config = config;
            AttributeVocabulary vocabulary = new AttributeVocabulary(units);
            this.units = new UnitTable(units, config.ratioRounding(), vocabulary);
            this.applicants = new ApplicantTableBuilder(this.units, vocabulary, config.tieBreakChain());
        }

        /** @throws InvalidInputException when the applicant names an unknown unit or major, or a score is malformed */
        public Builder add(Applicant applicant) {
            applicants.add(applicant);
            return this;
        }

        /** @throws InvalidInputException when an applicant id was given twice */
        public AdmissionInput build() {
            return new AdmissionInput(config, units, applicants.build());
        }
    }
}
