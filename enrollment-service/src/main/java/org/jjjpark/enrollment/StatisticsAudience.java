package org.jjjpark.enrollment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who reads statistics and which figures they may see (DOMAIN.md, Privacy): operators everything; a commission
 * its own source province in full, and another province's row only when each of its applicant counts is at least
 * {@value #MIN_DISCLOSED_APPLICANTS}, so that no handful of another province's applicants can be singled out.
 */
public record StatisticsAudience(boolean operator, Optional<String> province) {

    public static final int MIN_DISCLOSED_APPLICANTS = 5;

    public static StatisticsAudience ofOperator() {
        return new StatisticsAudience(true, Optional.empty());
    }

    /** @param province the commission's province (token claim); without one, no province is its own */
    public static StatisticsAudience ofCommission(Optional<String> province) {
        return new StatisticsAudience(false, province);
    }

    /** Whether a row of applicants from {@code sourceProvince} may show these counts; else all are withheld. */
    public boolean discloses(String sourceProvince, long... applicantCounts) {
        if (operator || province.filter(sourceProvince::equals).isPresent()) {
            return true;
        }
        return Arrays.stream(applicantCounts).allMatch(count -> count >= MIN_DISCLOSED_APPLICANTS);
    }
}
