package org.jjjpark.devstack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    /** GB 32100-2015: digits and capitals without I, O, S, V, Z; one weight per position of the first 17. */
    private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Set<String> INSTITUTION_TYPES = Set.of("UNIVERSITY", "VOCATIONAL_COLLEGE");

    private final DemoData data = DemoData.bundled();

    @Test
    void theCheckCharacterAcceptsARealCodeAndCatchesATypo() {
        assertThat(isValidUscc("914403001922038216")).isTrue();
        assertThat(isValidUscc("914403001922038261")).isFalse();
        assertThat(isValidUscc("914403001922O38216")).isFalse();
    }

    @Test
    void everyOrganisationHasAUnifiedSocialCreditCodeWithAValidCheckCharacter() {
        List<DemoData.Partner> organisations = data.partners().stream()
                .filter(p -> !INSTITUTION_TYPES.contains(p.type()))
                .toList();

        assertThat(organisations).isNotEmpty().allSatisfy(p ->
                assertThat(isValidUscc(p.identifier())).as("%s: %s", p.nameEn(), p.identifier()).isTrue());
    }

    @Test
    void everyInstitutionHasAFiveDigitMinistryCode() {
        assertThat(data.partners()).filteredOn(p -> INSTITUTION_TYPES.contains(p.type()))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.identifier()).as(p.nameEn()).matches("\\d{5}"));
    }

    @Test
    void identifiersAreUnique() {
        assertThat(data.partners()).extracting(DemoData.Partner::identifier).doesNotHaveDuplicates();
    }

    @Test
    void everyProgramIsOfferedByADemoInstitution() {
        Set<String> institutions = data.partners().stream()
                .filter(p -> INSTITUTION_TYPES.contains(p.type()))
                .map(DemoData.Partner::identifier)
                .collect(Collectors.toSet());

        assertThat(data.programs()).isNotEmpty()
                .allSatisfy(p -> assertThat(institutions).as(p.catalogueCode()).contains(p.partnerIdentifier()));
    }

    @Test
    void noInstitutionOffersTheSameProgramTwice() {
        assertThat(data.programs()).extracting(p -> p.partnerIdentifier() + "/" + p.catalogueCode())
                .doesNotHaveDuplicates();
    }

    private static boolean isValidUscc(String code) {
        if (code.length() != 18 || !code.chars().allMatch(c -> USCC_CHARSET.indexOf(c) >= 0)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARSET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.charAt(17) == USCC_CHARSET.charAt(check == 31 ? 0 : check);
    }
}
