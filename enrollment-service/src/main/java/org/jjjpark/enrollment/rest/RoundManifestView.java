package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;

import java.math.BigDecimal;
import java.util.List;

/** What anyone needs to re-run a round and compare: the rules, the configuration and both hashes. */
@Schema(name = "RoundManifest", description = "The algorithm version, configuration and SHA-256 of the canonical "
        + "input and result (docs/admission); the canonical input carries the engine's whole configuration")
public record RoundManifestView(
        @Schema(description = "The rules the engine implements", example = "jjj-admission-1")
        String algorithmVersion,
        @Schema(description = "Drop ratio r of every unit", example = "1.05")
        BigDecimal dropRatio,
        @Schema(description = "Tie-break chain after the total score",
                example = "[\"CHINESE_PLUS_MATHEMATICS\", \"VOLUNTEER_ORDER\"]")
        List<TieBreakKey> tieBreakChain,
        @Schema(description = "What decides between fully tied applicants", example = "ADMIT_ALL_TIED")
        TiePolicy tiePolicy,
        @Schema(description = "SHA-256 of the canonical input document, lower-case hex",
                example = "95e634b2aa40e9046fbb3b6681b530eeaaeaabbc6fd06c1c1fad1c1bcc73ba85")
        String inputSha256,
        @Schema(description = "SHA-256 of the canonical result document; null when the round failed",
                example = "13815e55ae7ed883cfe9b617f9cbb4e38157a77072389592b4a29c4df48caeb7")
        String resultSha256) {
}
