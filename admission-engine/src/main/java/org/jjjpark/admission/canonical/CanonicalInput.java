package org.jjjpark.admission.canonical;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.ScoreComponent;
import org.jjjpark.admission.input.Subject;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.Unit;
import org.jjjpark.admission.input.UnitTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of a round's input (docs/admission/admission-input.schema.json) and its SHA-256: units and
 * applicants by id, majors by code, sets sorted, electives highest first, choices in list order.
 */
public final class CanonicalInput {

    /** The value of the document's {@code format} member. */
    public static final String FORMAT = "jjj-admission-input/1";

    private CanonicalInput() {
    }

    public static void write(AdmissionInput input, OutputStream out) throws IOException {
        CanonicalJsonWriter json = new CanonicalJsonWriter(out);
        json.beginObject().name("format").string(FORMAT);
        writeConfig(json.name("config"), input.config());
        json.name("units").beginArray();
        for (Unit unit : input.units().records()) {
            writeUnit(json, unit);
        }
        json.endArray().name("applicants").beginArray();
        for (int k = 0; k < input.applicants().count(); k++) {
            writeApplicant(json, input, input.applicants().inIdOrder(k));
        }
        json.endArray().endObject().flush();
    }

    public static String sha256(AdmissionInput input) {
        return Sha256.of(out -> write(input, out));
    }

    /** @see CanonicalInputReader */
    public static AdmissionInput read(InputStream in) throws IOException {
        return new CanonicalInputReader(in).read();
    }

    private static void writeConfig(CanonicalJsonWriter json, RoundConfig config) throws IOException {
        json.beginObject().name("tieBreakChain").beginArray();
        for (TieBreakKey key : config.tieBreakChain()) {
            json.string(key.name());
        }
        json.endArray()
                .name("tiePolicy").string(config.tiePolicy().name())
                .name("lotterySeed").string(config.lotterySeed())
                .name("reDropAfterRejection").bool(config.reDropAfterRejection())
                .name("ratioRounding").string(config.ratioRounding().name())
                .name("controlLine").decimal(config.controlLine())
                .endObject();
    }

    private static void writeUnit(CanonicalJsonWriter json, Unit unit) throws IOException {
        json.beginObject().name("id").string(unit.id()).name("dropRatio").decimal(unit.dropRatio());
        writeRequirements(json.name("requirements"), unit.requirements());
        json.name("majors").beginArray();
        for (Major major : unit.majors()) {
            json.beginObject().name("code").string(major.code()).name("quota").number(major.quota());
            writeRequirements(json.name("requirements"), major.requirements());
            json.endObject();
        }
        json.endArray().endObject();
    }

    private static void writeRequirements(CanonicalJsonWriter json, Requirements requirements) throws IOException {
        json.beginObject();
        writeSorted(json.name("requiredSubjects"), requirements.requiredSubjects().stream().map(Subject::name)
                .toList());
        json.name("minimumScores").beginObject();
        for (Map.Entry<String, ScoreComponent> component : byName(requirements.minimumScores().keySet()).entrySet()) {
            json.name(component.getKey()).decimal(requirements.minimumScores().get(component.getValue()));
        }
        json.endObject();
        writeSorted(json.name("excludedAttributes"), requirements.excludedAttributes());
        json.endObject();
    }

    private static void writeApplicant(CanonicalJsonWriter json, AdmissionInput input, int a) throws IOException {
        ApplicantTable applicants = input.applicants();
        UnitTable units = input.units();
        json.beginObject().name("id").string(applicants.id(a)).name("scores").beginObject()
                .name("total").hundredths(applicants.total(a))
                .name("chinese").hundredths(applicants.component(ScoreComponent.CHINESE, a))
                .name("mathematics").hundredths(applicants.component(ScoreComponent.MATHEMATICS, a))
                .name("foreignLanguage").hundredths(applicants.component(ScoreComponent.FOREIGN_LANGUAGE, a))
                .name("firstChoiceSubject").hundredths(applicants.component(ScoreComponent.FIRST_CHOICE_SUBJECT, a))
                .name("electives").beginArray();
        for (int elective : applicants.electives(a)) {
            json.hundredths(elective);
        }
        json.endArray().endObject();
        writeSorted(json.name("subjects"), applicants.subjects(a).stream().map(Subject::name).toList());
        writeSorted(json.name("attributes"), applicants.attributes(a));
        json.name("choices").beginArray();
        for (int c = applicants.firstChoice(a); c < applicants.endChoice(a); c++) {
            json.beginObject().name("unit").string(units.id(applicants.unitOfChoice(c))).name("majors").beginArray();
            for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
                json.string(units.majorCode(applicants.listedMajor(k)));
            }
            json.endArray().name("acceptAdjustment").bool(applicants.acceptsAdjustment(c)).endObject();
        }
        json.endArray().endObject();
    }

    private static void writeSorted(CanonicalJsonWriter json, Collection<String> values) throws IOException {
        json.beginArray();
        for (String value : values.stream().sorted().toList()) {
            json.string(value);
        }
        json.endArray();
    }

    private static Map<String, ScoreComponent> byName(Collection<ScoreComponent> components) {
        Map<String, ScoreComponent> sorted = new TreeMap<>(Comparator.naturalOrder());
        components.forEach(component -> sorted.put(component.name(), component));
        return sorted;
    }
}
