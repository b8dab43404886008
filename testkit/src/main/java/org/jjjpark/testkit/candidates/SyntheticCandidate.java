package org.jjjpark.testkit.candidates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One made-up gaokao candidate as an education authority would register them; every field is invented, the ID
 * number merely well-formed. {@link #importRecord()} is the shape enrollment-service's candidate import takes.
 */
public record SyntheticCandidate(
        String examNumber,
        String name,
        String idNumber,
        LocalDate birthDate,
        String sex,
        String subjectTrack,
        List<String> subjects,
        int chinese,
        int mathematics,
        int foreignLanguage,
        int firstChoiceSubject,
        int electives) {

    /** Chinese, mathematics and a foreign language (150 each), the first-choice subject (100), electives (200). */
    public int totalScore() {
        return chinese + mathematics + foreignLanguage + firstChoiceSubject + electives;
    }

    public Map<String, Object> importRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("examNumber", examNumber);
        record.put("name", name);
        record.put("idNumber", idNumber);
        record.put("birthDate", birthDate.toString());
        record.put("sex", sex);
        record.put("subjectTrack", subjectTrack);
        record.put("subjects", subjects);
        record.put("totalScore", totalScore());
        record.put("chinese", chinese);
        record.put("mathematics", mathematics);
        record.put("foreignLanguage", foreignLanguage);
        record.put("firstChoiceSubject", firstChoiceSubject);
        record.put("electives", electives);
        return record;
    }

    /** Never the ID number: a record printed in a log stays harmless. */
    @Override
    public String toString() {
        return "SyntheticCandidate[" + examNumber + "]";
    }
}
