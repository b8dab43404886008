package org.jjjpark.admission.canonical;

import org.jjjpark.admission.Fixtures;
import org.jjjpark.admission.input.AdmissionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RerunRoundTest {

    @TempDir
    Path directory;

    @Test
    void rerunningACanonicalInputPrintsTheHashesAndWritesTheResult() throws IOException {
        AdmissionInput input = CanonicalFormatTest.example();
        Path inputFile = directory.resolve("input.json");
        Path resultFile = directory.resolve("result.json");
        try (OutputStream out = Files.newOutputStream(inputFile)) {
            CanonicalInput.write(input, out);
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        int status = RerunRound.rerun(inputFile, resultFile, new PrintStream(report, true, StandardCharsets.UTF_8));

        String resultHash = CanonicalResult.sha256(Fixtures.verified(input));
        assertThat(status).isZero();
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("input sha256  " + CanonicalInput.sha256(input))
                .contains("result sha256 " + resultHash);
        assertThat(Files.readString(resultFile)).startsWith("{\"format\":\"jjj-admission-result/1\"");
    }
}
