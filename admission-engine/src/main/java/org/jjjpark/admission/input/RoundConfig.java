package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one round (one batch of one source province and track): how ties are broken, what happens to a
 * rejected applicant, how drop ratios round, and the batch control line.
 *
 * @param tieBreakChain        the keys after the total score, most significant first (d.3); may contain
 *                             {@link TieBreakKey#VOLUNTEER_ORDER} anywhere
 * @param tiePolicy            what decides among applicants equal on the whole chain
 * @param lotterySeed          the seed published after the deadline; required with {@link TiePolicy#STRICT_LOTTERY},
 *                             absent otherwise
 * @param reDropAfterRejection {@code false} (the provincial rule): a rejected applicant is not dropped again in this
 *                             batch; {@code true}: the applicant goes on to their next choices (d.2)
 * @param ratioRounding        how {@code q_u · r_u} becomes a drop capacity (d.0, default ceil)
 * @param controlLine          the batch control line (批次线): a lower total score is eligible nowhere
 */
public record RoundConfig(List<TieBreakKey> tieBreakChain, TiePolicy tiePolicy, String lotterySeed,
                          boolean reDropAfterRejection, RatioRounding ratioRounding, BigDecimal controlLine) {

    public RoundConfig {
        tieBreakChain = List.copyOf(tieBreakChain);
        Objects.requireNonNull(tiePolicy, "tiePolicy");
        Objects.requireNonNull(ratioRounding, "ratioRounding");
        controlLine = Points.normal(Objects.requireNonNull(controlLine, "controlLine"));
        if (tieBreakChain.stream().distinct().count() != tieBreakChain.size()) {
            throw new InvalidInputException("the tie-break chain names a key twice: " + tieBreakChain);
        }
        boolean lottery = tiePolicy == TiePolicy.STRICT_LOTTERY;
        if (lottery && (lotterySeed == null || lotterySeed.isBlank())) {
            throw new InvalidInputException("a strict lottery needs the published seed");
        }
        if (!lottery && lotterySeed != null) {
            throw new InvalidInputException("a lottery seed is only used with " + TiePolicy.STRICT_LOTTERY);
        }
    }

    /** The provincial rules: all tied applicants placed, no re-drop after rejection, drop capacity rounded up. */
    public static RoundConfig provincialRules(List<TieBreakKey> tieBreakChain, BigDecimal controlLine) {
        return new RoundConfig(tieBreakChain, TiePolicy.ADMIT_ALL_TIED, null, false, RatioRounding.CEIL, controlLine);
    }

    /** The same rules with a strict lottery on {@code seed} as the last key. */
    public RoundConfig withLottery(String seed) {
        return new RoundConfig(tieBreakChain, TiePolicy.STRICT_LOTTERY, seed, reDropAfterRejection, ratioRounding,
                controlLine);
    }

    /** The same rules with {@code reDropAfterRejection} set to {@code reDrop}. */
    public RoundConfig withReDropAfterRejection(boolean reDrop) {
        return new RoundConfig(tieBreakChain, tiePolicy, lotterySeed, reDrop, ratioRounding, controlLine);
    }
}
