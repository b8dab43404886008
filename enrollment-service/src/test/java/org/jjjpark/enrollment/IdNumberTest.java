package org.jjjpark.enrollment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    @Test
    void aNumberWithTheRightCheckCharacterIsValidInEitherCase() {
        assertThat(IdNumber.problem("11010519491231002X")).isEmpty();
        assertThat(IdNumber.problem(" 11010519491231002x ")).isEmpty();
    }

    @Test
    void aWrongCheckCharacterOrShapeIsReportedWithoutQuotingTheNumber() {
        assertThat(IdNumber.problem("110105194912310021")).hasValue("check character does not match");
        assertThat(IdNumber.problem("11010519491231002")).hasValue("must be 17 digits followed by a digit or X");
        assertThat(IdNumber.problem("A1010519491231002X")).get().asString().doesNotContain("A101");
    }

    @Test
    void theMaskShowsOnlyTheRegionAndTheLastFourCharacters() {
        assertThat(IdNumber.masked("110105194912311234")).isEqualTo("110105********1234");
        assertThat(IdNumber.masked("11010519491231002x")).isEqualTo("110105********002X");
    }
}
