package org.jjjpark.admission.canonical;

import org.jjjpark.admission.AdmissionEngine;
import org.jjjpark.admission.FailedRound;
import org.jjjpark.admission.RoundOutcome;
import org.jjjpark.admission.VerifiedRound;
import org.jjjpark.admission.input.AdmissionInput;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Re-runs a round from its canonical input and prints the hashes a round manifest records, so that anyone holding
 * the input can check a published round: {@code RerunRound input.json [result.json]}.
 */
public final class RerunRound {

    private RerunRound() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: RerunRound <canonical input.json> [<result.json to write>]");
            System.exit(2);
        }
        System.exit(rerun(Path.of(args[0]), args.length == 2 ? Path.of(args[1]) : null, System.out));
    }

    /** Prints the algorithm version and both hashes; 0 when the round verified, 1 when it did not. */
    static int rerun(Path inputFile, Path resultFile, PrintStream report) throws IOException {
        AdmissionInput input;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(inputFile))) {
            input = CanonicalInput.read(in);
        }
        report.println("algorithm     " + AdmissionEngine.ALGORITHM_VERSION);
        report.println("input sha256  " + CanonicalInput.sha256(input));
        RoundOutcome outcome = new AdmissionEngine().run(input);
        if (outcome instanceof FailedRound failed) {
            failed.violations().forEach(violation -> report.println("violation     " + violation));
            return 1;
        }
        VerifiedRound verified = (VerifiedRound) outcome;
        report.println("result sha256 " + CanonicalResult.sha256(verified.result()));
        if (resultFile != null) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(resultFile))) {
                CanonicalResult.write(verified.result(), out);
            }
        }
        return 0;
    }
}
