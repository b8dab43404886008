package org.jjjpark.enrollment.rest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    record Row(String name, Long count, BigDecimal ratio, boolean suppressed) {
    }

    @Test
    void aTableStartsWithAByteOrderMarkAndAHeaderOfTheFieldNamesAndEndsLinesWithCrLf() {
        String csv = CsvTable.write(Row.class, List.of(new Row("a", 3L, new BigDecimal("2.40"), false)), ',');

        assertThat(csv).isEqualTo("\uFEFFname,count,ratio,suppressed\r\na,3,2.40,false\r\n");
    }

    @Test
    void absentValuesAreEmptyCells() {
        assertThat(CsvTable.write(Row.class, List.of(new Row("a", null, null, true)), ';'))
                .endsWith("\r\na;;;true\r\n");
    }

    @Test
    void valuesHoldingTheSeparatorAQuoteOrALineBreakAreQuotedAndReadBackUnchanged() {
        List<Row> rows = List.of(new Row("Li, \"Ming\"", 1L, null, false), new Row("two\r\nlines", 2L, null, false),
                new Row("semi;colon", 3L, null, false));

        String csv = CsvTable.write(Row.class, rows, ',');

        assertThat(csv).contains("\"Li, \"\"Ming\"\"\",1").contains("\"two\r\nlines\",2").contains("semi;colon,3");
        assertThat(CandidateCsv.rows(csv.substring(1))).extracting(r -> r.get(0))
                .containsExactly("name", "Li, \"Ming\"", "two\r\nlines", "semi;colon");
    }

    @Test
    void withTheSemicolonSeparatorValuesHoldingASemicolonAreQuotedAndCommasAreNot() {
        String csv = CsvTable.write(Row.class, List.of(new Row("semi;colon, comma", 1L, null, false)), ';');

        assertThat(csv).endsWith("\r\n\"semi;colon, comma\";1;;false\r\n");
    }
}
