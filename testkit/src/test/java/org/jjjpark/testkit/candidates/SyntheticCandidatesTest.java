package org.jjjpark.testkit.candidates;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticCandidatesTest {

    @Test
    void theSameSeedGivesTheSameCandidates() {
        assertThat(new SyntheticCandidates("130000", 2025, 7).range(0, 50))
                .isEqualTo(new SyntheticCandidates("130000", 2025, 7).range(0, 50));
        assertThat(new SyntheticCandidates("130000", 2025, 8).candidate(3).totalScore())
                .as("another seed draws other scores")
                .isNotEqualTo(new SyntheticCandidates("130000", 2025, 7).candidate(3).totalScore());
    }

    @Test
    void examAndIdNumbersAreUniqueAndIdNumbersCarryAValidCheckCharacter() {
        List<SyntheticCandidate> candidates = new SyntheticCandidates("110000", 2025, 1).range(0, 20_000);
        Set<String> examNumbers = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        for (SyntheticCandidate c : candidates) {
            assertThat(examNumbers.add(c.examNumber())).as(c.examNumber()).isTrue();
            assertThat(idNumbers.add(c.idNumber())).isTrue();
            assertThat(c.idNumber()).matches("110\\d{14}[\\dX]").startsWith("110");
            assertThat(c.idNumber().substring(6, 14)).isEqualTo(c.birthDate().toString().replace("-", ""));
            int sexDigit = c.idNumber().charAt(16) - '0';
            assertThat(sexDigit % 2 == 1).isEqualTo(c.sex().equals("MALE"));
        }
    }

    @Test
    void theCheckCharacterFollowsGb11643() {
        // The standard's published example.
        assertThat(SyntheticCandidates.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void hebeiCandidatesTakeTheirTrackSubjectAndTwoReChoiceSubjects() {
        for (SyntheticCandidate c : new SyntheticCandidates("130000", 2025, 3).range(0, 500)) {
            assertThat(c.subjectTrack()).isIn("PHYSICS", "HISTORY");
            assertThat(c.subjects()).hasSize(3).startsWith(c.subjectTrack()).doesNotHaveDuplicates();
            assertThat(c.subjects().subList(1, 3)).allMatch(s -> !s.equals("PHYSICS") && !s.equals("HISTORY"));
        }
    }

    @Test
    void scoresStayWithinTheirMaximaAndTheTotalIsTheirSum() {
        for (SyntheticCandidate c : new SyntheticCandidates("120000", 2025, 5).range(0, 2_000)) {
            assertThat(c.chinese()).isBetween(0, 150);
            assertThat(c.mathematics()).isBetween(0, 150);
            assertThat(c.foreignLanguage()).isBetween(0, 150);
            assertThat(c.firstChoiceSubject()).isBetween(0, 100);
            assertThat(c.electives()).isBetween(0, 200);
            assertThat(c.importRecord().get("totalScore")).isEqualTo(c.chinese() + c.mathematics()
                    + c.foreignLanguage() + c.firstChoiceSubject() + c.electives());
            assertThat(c.subjectTrack()).isEqualTo("COMPREHENSIVE");
        }
    }

    @Test
    void onlyTheThreeRegionsOfTheParkHaveCandidates() {
        assertThatThrownBy(() -> new SyntheticCandidates("310000", 2025, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
