package org.jjjpark.admission.canonical;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.InvalidInputException;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.ScoreComponent;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.Subject;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.admission.input.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a canonical input document back into a snapshot, streaming each applicant into the builder so that a
 * million of them are never records at once. It accepts the canonical form only: members in the schema's order.
 */
final class CanonicalInputReader {

    /** Reads one value whose first token is the current one. */
    private interface Value<T> {
        T read() throws IOException;
    }

    private final JsonParser parser;

    CanonicalInputReader(InputStream in) throws IOException {
        parser = new JsonFactory().createParser(in);
    }

    AdmissionInput read() throws IOException {
        try (parser) {
            expect(JsonToken.START_OBJECT);
            String format = field("format", this::string);
            if (!CanonicalInput.FORMAT.equals(format)) {
                throw invalid("format " + format + " is not " + CanonicalInput.FORMAT);
            }
            RoundConfig config = field("config", this::config);
            List<Unit> units = field("units", () -> array(this::unit));
            AdmissionInput.Builder builder = AdmissionInput.builder(config, units);
            field("applicants", () -> expectCurrent(JsonToken.START_ARRAY));
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                builder.add(applicant());
            }
            expect(JsonToken.END_OBJECT);
            return builder.build();
        }
    }

    private RoundConfig config() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        List<TieBreakKey> chain = field("tieBreakChain", () -> array(() -> TieBreakKey.valueOf(string())));
        TiePolicy policy = TiePolicy.valueOf(field("tiePolicy", this::string));
        String seed = field("lotterySeed", this::string);
        boolean reDrop = field("reDropAfterRejection", parser::getBooleanValue);
        RatioRounding rounding = RatioRounding.valueOf(field("ratioRounding", this::string));
        BigDecimal controlLine = field("controlLine", this::decimal);
        expect(JsonToken.END_OBJECT);
        return new RoundConfig(chain, policy, seed, reDrop, rounding, controlLine);
    }

    private Unit unit() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        String id = field("id", this::string);
        BigDecimal ratio = field("dropRatio", this::decimal);
        Requirements requirements = field("requirements", this::requirements);
        List<Major> majors = field("majors", () -> array(this::major));
        expect(JsonToken.END_OBJECT);
        return new Unit(id, ratio, requirements, majors);
    }

    private Major major() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        String code = field("code", this::string);
        int quota = field("quota", parser::getIntValue);
        Requirements requirements = field("requirements", this::requirements);
        expect(JsonToken.END_OBJECT);
        return new Major(code, quota, requirements);
    }

    private Requirements requirements() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        List<Subject> subjects = field("requiredSubjects", () -> array(() -> Subject.valueOf(string())));
        Map<ScoreComponent, BigDecimal> minimums = field("minimumScores", () -> {
            expectCurrent(JsonToken.START_OBJECT);
            Map<ScoreComponent, BigDecimal> read = new EnumMap<>(ScoreComponent.class);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                ScoreComponent component = ScoreComponent.valueOf(parser.currentName());
                parser.nextToken();
                read.put(component, decimal());
            }
            return read;
        });
        List<String> excluded = field("excludedAttributes", () -> array(this::string));
        expect(JsonToken.END_OBJECT);
        return new Requirements(new HashSet<>(subjects), minimums, new HashSet<>(excluded));
    }

    private Applicant applicant() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        String id = field("id", this::string);
        Scores scores = field("scores", this::scores);
        List<Subject> subjects = field("subjects", () -> array(() -> Subject.valueOf(string())));
        List<String> attributes = field("attributes", () -> array(this::string));
        List<Choice> choices = field("choices", () -> array(this::choice));
        expect(JsonToken.END_OBJECT);
        return new Applicant(id, scores, new HashSet<>(subjects), new HashSet<>(attributes), choices);
    }

    private Scores scores() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        Scores scores = new Scores(field("total", this::decimal), field("chinese", this::decimal),
                field("mathematics", this::decimal), field("foreignLanguage", this::decimal),
                field("firstChoiceSubject", this::decimal), field("electives", () -> array(this::decimal)));
        expect(JsonToken.END_OBJECT);
        return scores;
    }

    private Choice choice() throws IOException {
        expectCurrent(JsonToken.START_OBJECT);
        String unit = field("unit", this::string);
        List<String> majors = field("majors", () -> array(this::string));
        boolean adjustment = field("acceptAdjustment", parser::getBooleanValue);
        expect(JsonToken.END_OBJECT);
        return new Choice(unit, majors, adjustment);
    }

    /** The next member, which must be {@code name}, and its value. */
    private <T> T field(String name, Value<T> value) throws IOException {
        expect(JsonToken.FIELD_NAME);
        if (!name.equals(parser.currentName())) {
            throw invalid("member " + parser.currentName() + " where " + name + " comes in the canonical order");
        }
        parser.nextToken();
        return value.read();
    }

    private <T> List<T> array(Value<T> element) throws IOException {
        expectCurrent(JsonToken.START_ARRAY);
        List<T> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(element.read());
        }
        return elements;
    }

    private String string() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectCurrent(JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private BigDecimal decimal() throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw invalid("a number was expected, not " + parser.currentToken());
        }
        return parser.getDecimalValue();
    }

    private void expect(JsonToken token) throws IOException {
        parser.nextToken();
        expectCurrent(token);
    }

    private Void expectCurrent(JsonToken token) {
        if (parser.currentToken() != token) {
            throw invalid(token + " was expected, not " + parser.currentToken());
        }
        return null;
    }

    private InvalidInputException invalid(String problem) {
        return new InvalidInputException("not a canonical admission input at " + parser.currentLocation()
                .offsetDescription() + ": " + problem);
    }
}
