package org.jjjpark.partner;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTest {

    @Test
    void publishedCodesOfParkEnterprisesAreValid() {
        assertThat(UnifiedSocialCreditCode.problemWith("914403001922038216")).isNull(); // Huawei Technologies
        assertThat(UnifiedSocialCreditCode.problemWith("91110302562134916R")).isNull(); // a JD.com company
    }

    @Test
    void lettersOutsideTheStandardCharsetAreRefused() {
        assertThat(UnifiedSocialCreditCode.problemWith("9144030019220382I6")).contains("not allowed");
        assertThat(UnifiedSocialCreditCode.problemWith("91440300192203821")).contains("18 characters");
    }

    @Property
    void aCodeWithItsComputedCheckCharacterIsValid(@ForAll("first17") String first17) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);

        assertThat(UnifiedSocialCreditCode.problemWith(code)).isNull();
    }

    /** 31 is prime and every weight is below it, so any single substitution changes the checksum. */
    @Property
    void anySingleMistypedCharacterIsDetected(@ForAll("first17") String first17,
                                              @ForAll @IntRange(max = 17) int position,
                                              @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        String charset = UnifiedSocialCreditCode.CHARSET;
        char replacement = charset.charAt((charset.indexOf(code.charAt(position)) + shift) % 31);
        String mistyped = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(UnifiedSocialCreditCode.problemWith(mistyped)).isEqualTo("check character does not match");
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(UnifiedSocialCreditCode.CHARSET.toCharArray()).ofLength(17);
    }
}
