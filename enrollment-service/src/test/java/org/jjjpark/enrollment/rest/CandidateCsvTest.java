package org.jjjpark.enrollment.rest;

import org.jjjpark.enrollment.Subject;
import org.jjjpark.http.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidateCsvTest {

    static final String HEADER = String.join(",", CandidateCsv.COLUMNS) + "\r\n";

    @Test
    void rowsBecomeRecordsWithQuotedValuesAndAByteOrderMark() {
        String csv = "\uFEFF" + HEADER
                + "26130102150001,\"Li, \"\"Ming\"\"\",11010519491231002X,2008-01-01,male,PHYSICS,PHYSICS|CHEMISTRY|BIOLOGY,"
                + "612.5,121,135,128,88,140\r\n";

        List<CandidateRecord> records = CandidateCsv.parse(csv);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Li, \"Ming\"");
            assertThat(r.subjects()).containsExactly(Subject.PHYSICS, Subject.CHEMISTRY, Subject.BIOLOGY);
            assertThat(r.totalScore()).isEqualByComparingTo(new BigDecimal("612.5"));
            assertThat(r.sex().name()).isEqualTo("MALE");
        });
    }

    @Test
    void columnsMayComeInAnyOrderAndATrailingEmptyLineIsIgnored() {
        List<String> reversed = new java.util.ArrayList<>(CandidateCsv.COLUMNS);
        java.util.Collections.reverse(reversed);
        String csv = String.join(",", reversed) + "\n140,88,128,135,121,600,HISTORY|POLITICS,HISTORY,FEMALE,"
                + "2008-02-02,11010519491231002X,王芳,26130102150002\n\n";

        assertThat(CandidateCsv.parse(csv)).singleElement()
                .satisfies(r -> assertThat(r.examNumber()).isEqualTo("26130102150002"));
    }

    @Test
    void aMissingOrUnknownColumnIsNamed() {
        assertThatThrownBy(() -> CandidateCsv.parse("examNumber,name,shoeSize\n"))
                .isInstanceOf(ApiException.class).hasMessageContaining("missing").hasMessageContaining("shoeSize");
    }

    @Test
    void anUnreadableValueNamesItsRowAndColumn() {
        String csv = HEADER + "26130102150001,x,11010519491231002X,yesterday,MALE,PHYSICS,PHYSICS,1,1,1,1,1,1\n";

        assertThatThrownBy(() -> CandidateCsv.parse(csv)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors().get(0).field()).isEqualTo("row 2.birthDate"));
    }

    @Test
    void aRowWithTooFewValuesOrAnUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> CandidateCsv.parse(HEADER + "1,2,3\n")).isInstanceOf(ApiException.class)
                .hasMessageContaining("row 2");
        assertThatThrownBy(() -> CandidateCsv.parse(HEADER + "\"open")).isInstanceOf(ApiException.class)
                .hasMessageContaining("not closed");
    }
}
