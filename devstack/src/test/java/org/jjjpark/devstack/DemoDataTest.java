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

    @Test
    void agreementReferencesAreUnique() {
        assertThat(data.agreements()).extracting(DemoData.Agreement::reference).doesNotHaveDuplicates();
    }

    @Test
    void everyAgreementIsBetweenDemoPartnersAndAllocatesOnlyProgramsItsPartiesOffer() {
        Set<String> partners = data.partners().stream().map(DemoData.Partner::identifier).collect(Collectors.toSet());
        Set<String> programs = data.programs().stream().map(p -> p.partnerIdentifier() + "/" + p.catalogueCode())
                .collect(Collectors.toSet());

        assertThat(data.agreements()).isNotEmpty().allSatisfy(agreement -> {
            Set<String> parties = agreement.parties().stream().map(DemoData.AgreementParty::partnerIdentifier)
                    .collect(Collectors.toSet());
            assertThat(partners).as(agreement.reference()).containsAll(parties);
            assertThat(agreement.allocationsOrNone()).allSatisfy(seats -> {
                assertThat(programs).as(agreement.reference()).contains(seats.partnerIdentifier() + "/"
                        + seats.catalogueCode());
                assertThat(parties).as(agreement.reference()).contains(seats.partnerIdentifier());
            });
        });
    }

    @Test
    void theFirstBatchHasEveryKindOfAgreementTheArticleNames() {
        assertThat(data.agreements()).extracting(DemoData.Agreement::type).contains("CO_CONSTRUCTION",
                "INTERNSHIP_EMPLOYMENT_BASE", "TALENT_ALLIANCE", "ORDER_CLASS", "SCHOOL_LOCAL_COOPERATION");
    }

    @Test
    void eachUniversityCoConstructsTheParkWithSeatsForApplicantsFromBeijingTianjinAndHebei() {
        Set<String> universities = data.partners().stream().filter(p -> p.type().equals("UNIVERSITY"))
                .map(DemoData.Partner::identifier).collect(Collectors.toSet());
        List<DemoData.Agreement> coConstructions = data.agreements().stream()
                .filter(a -> a.type().equals("CO_CONSTRUCTION")).toList();

        assertThat(coConstructions).flatExtracting(a -> a.parties().stream()
                .filter(p -> p.role().equals("UNIVERSITY")).map(DemoData.AgreementParty::partnerIdentifier).toList())
                .containsExactlyInAnyOrderElementsOf(universities);
        assertThat(coConstructions).allSatisfy(a -> assertThat(a.allocationsOrNone())
                .extracting(DemoData.Allocation::sourceProvince).contains("110000", "120000", "130000"));
    }

    @Test
    void theOrderClassIsSponsoredByJdCom() {
        String jd = data.partners().stream().filter(p -> p.nameEn().equals("JD.com")).findFirst().orElseThrow()
                .identifier();

        assertThat(data.agreements()).filteredOn(a -> a.type().equals("ORDER_CLASS")).singleElement()
                .satisfies(a -> assertThat(a.parties()).contains(new DemoData.AgreementParty(jd, "SPONSOR")));
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
