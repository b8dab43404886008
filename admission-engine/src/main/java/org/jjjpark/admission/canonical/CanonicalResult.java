package org.jjjpark.admission.canonical;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.TieOverflow;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.UnitTable;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The canonical JSON of a round's result (docs/admission/admission-result.schema.json) and its SHA-256: one entry
 * per applicant in id order, then the tie-overflow report. Two implementations that agree on every outcome write
 * the same bytes.
 */
public final class CanonicalResult {

    /** The value of the document's {@code format} member. */
    public static final String FORMAT = "jjj-admission-result/1";

    private CanonicalResult() {
    }

    public static void write(AdmissionResult result, OutputStream out) throws IOException {
        ApplicantTable applicants = result.input().applicants();
        UnitTable units = result.input().units();
        CanonicalJsonWriter json = new CanonicalJsonWriter(out);
        json.beginObject().name("format").string(FORMAT).name("applicants").beginArray();
        for (int k = 0; k < applicants.count(); k++) {
            int a = applicants.inIdOrder(k);
            int unit = result.droppedUnit(a);
            int major = result.admittedMajor(a);
            json.beginObject()
                    .name("id").string(applicants.id(a))
                    .name("rank").number(result.rank(a))
                    .name("status").string(result.status(a).name())
                    .name("unit").string(unit < 0 ? null : units.id(unit))
                    .name("major").string(major < 0 ? null : units.majorCode(major))
                    .name("adjusted").bool(result.adjusted(a))
                    .name("rejectionReason").string(result.rejectionReason(a) == null ? null
                            : result.rejectionReason(a).name())
                    .name("earlierRejections").beginArray();
            for (int i = 0; i < result.earlierRejectionCount(a); i++) {
                int position = result.earlierRejectionPosition(a, i);
                int rejectedBy = applicants.unitOfChoice(applicants.firstChoice(a) + position);
                json.beginObject().name("unit").string(units.id(rejectedBy))
                        .name("reason").string(result.earlierRejectionReason(a, i).name()).endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().name("tieOverflows").beginArray();
        for (TieOverflow overflow : result.tieOverflows()) {
            json.beginObject()
                    .name("kind").string(overflow.kind().name())
                    .name("unit").string(overflow.unitId())
                    .name("major").string(overflow.majorCode())
                    .name("capacity").number(overflow.capacity())
                    .name("placed").number(overflow.placed())
                    .name("tiedApplicants").beginArray();
            for (String id : overflow.tiedApplicantIds()) {
                json.string(id);
            }
            json.endArray().endObject();
        }
        json.endArray().endObject().flush();
    }

    public static String sha256(AdmissionResult result) {
        return Sha256.of(out -> write(result, out));
    }
}
