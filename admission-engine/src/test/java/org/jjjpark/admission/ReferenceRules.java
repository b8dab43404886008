package org.jjjpark.admission;

import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.ScoreComponent;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.Unit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * DOMAIN.md d.0 and d.3 read straight from the records of a round, apart from the engine's arrays: eligibility,
 * drop capacities and each unit's priority order. The oracles of the tests are built on it.
 */
final class ReferenceRules {

    private final RandomRound round;

    ReferenceRules(RandomRound round) {
        this.round = round;
    }

    /** Each applicant's list reduced to the units they are eligible for, as indices into {@code round.units()}. */
    int[][] eligibleLists() {
        return round.applicants().stream().map(applicant -> applicant.choices().stream()
                .map(choice -> unit(choice.unitId()))
                .filter(unit -> eligible(applicant, unit))
                .mapToInt(unit -> round.units().indexOf(unit)).toArray()).toArray(int[][]::new);
    }

    int[] dropCapacities() {
        RoundingMode mode = switch (round.config().ratioRounding()) {
            case CEIL -> RoundingMode.CEILING;
            case FLOOR -> RoundingMode.FLOOR;
            case HALF_UP -> RoundingMode.HALF_UP;
        };
        return round.units().stream().mapToInt(unit -> BigDecimal.valueOf(unit.majors().stream()
                .mapToInt(Major::quota).sum()).multiply(unit.dropRatio()).setScale(0, mode).intValueExact()).toArray();
    }

    /** {@code ≻_u} over indices into {@code round.applicants()}: score, the chain, then the lottery draw. */
    DeferredAcceptance.UnitPriority unitPriority() {
        return (u, a, b) -> priorityAt(round.units().get(u).id()).compare(round.applicants().get(a),
                round.applicants().get(b));
    }

    private Comparator<Applicant> priorityAt(String unitId) {
        Comparator<Applicant> order = Comparator.comparing((Applicant x) -> x.scores().total()).reversed();
        for (TieBreakKey key : round.config().tieBreakChain()) {
            order = key == TieBreakKey.VOLUNTEER_ORDER
                    ? order.thenComparingInt(x -> positionOf(x, unitId))
                    : order.thenComparing(Comparator.comparing((Applicant x) -> subscore(key, x.scores())).reversed());
        }
        return round.config().lotterySeed() == null ? order
                : order.thenComparing(x -> draw(x.id()), Arrays::compareUnsigned);
    }

    boolean eligible(Applicant applicant, Unit unit) {
        return applicant.scores().total().compareTo(round.config().controlLine()) >= 0
                && meets(applicant, unit.requirements());
    }

    private static boolean meets(Applicant applicant, Requirements requirements) {
        return applicant.subjects().containsAll(requirements.requiredSubjects())
                && requirements.minimumScores().entrySet().stream()
                .allMatch(min -> component(min.getKey(), applicant.scores()).compareTo(min.getValue()) >= 0)
                && requirements.excludedAttributes().stream().noneMatch(applicant.attributes()::contains);
    }

    Unit unit(String id) {
        return round.units().stream().filter(unit -> unit.id().equals(id)).findFirst().orElseThrow();
    }

    private static int positionOf(Applicant applicant, String unitId) {
        List<String> listed = applicant.choices().stream().map(Choice::unitId).toList();
        return listed.indexOf(unitId);
    }

    private static BigDecimal subscore(TieBreakKey key, Scores scores) {
        return switch (key) {
            case CHINESE_PLUS_MATHEMATICS -> scores.chinese().add(scores.mathematics());
            case MAX_CHINESE_MATHEMATICS -> scores.chinese().max(scores.mathematics());
            case FOREIGN_LANGUAGE -> scores.foreignLanguage();
            case FIRST_CHOICE_SUBJECT -> scores.firstChoiceSubject();
            case MAX_ELECTIVE -> scores.electives().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            case VOLUNTEER_ORDER -> throw new IllegalArgumentException("not a subscore");
        };
    }

    private static BigDecimal component(ScoreComponent component, Scores scores) {
        return switch (component) {
            case TOTAL -> scores.total();
            case CHINESE -> scores.chinese();
            case MATHEMATICS -> scores.mathematics();
            case FOREIGN_LANGUAGE -> scores.foreignLanguage();
            case FIRST_CHOICE_SUBJECT -> scores.firstChoiceSubject();
        };
    }

    private byte[] draw(String applicantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(round.config().lotterySeed().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(applicantId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
