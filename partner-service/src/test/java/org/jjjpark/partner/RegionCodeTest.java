package org.jjjpark.partner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCodeTest {

    @Test
    void parkRegionsAreValid() {
        assertThat(RegionCode.problemWith("110000")).isNull();
        assertThat(RegionCode.problemWith("131022")).isNull(); // Gu'an
        assertThat(RegionCode.problemWith("133100")).isNull(); // Xiong'an
    }

    @Test
    void codesOutsideAnyProvinceOrOfTheWrongShapeAreRefused() {
        assertThat(RegionCode.problemWith("990000")).contains("province");
        assertThat(RegionCode.problemWith("1100")).contains("6 digits");
    }

    @Test
    void aProvinceContainsItsCitiesAndACityItsCounties() {
        assertThat(RegionCode.containmentPrefix("130000")).isEqualTo("13");
        assertThat(RegionCode.containmentPrefix("131000")).isEqualTo("1310");
        assertThat(RegionCode.containmentPrefix("131022")).isEqualTo("131022");
    }
}
