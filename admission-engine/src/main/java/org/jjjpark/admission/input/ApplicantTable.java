package org.jjjpark.admission.input;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The applicants of a snapshot sorted by id, one array per field, and every applicant's list in one flat
 * numbering of choices: applicant {@code a} owns choices {@code firstChoice(a) .. endChoice(a) - 1} in list order,
 * and choice {@code c} lists majors {@code firstListedMajor(c) .. endListedMajor(c) - 1}. Scores are hundredths.
 */
public final class ApplicantTable {

    private final String[] ids;
    private final int[] total;
    private final int[] chinese;
    private final int[] mathematics;
    private final int[] foreignLanguage;
    private final int[] firstChoiceSubject;
    /** Each applicant's elective scores, highest first. */
    private final int[] electiveStart;
    private final int[] electives;
    private final int[] subjectMask;
    private final long[] attributeMask;
    /** Sorted; {@code null} for an applicant without attributes. */
    private final String[][] attributes;
    private final int[] choiceStart;
    /** {@code unit << 1 | (acceptAdjustment ? 1 : 0)}: one array read per choice in the matching loop. */
    private final int[] choice;
    private final int[] listedMajorStart;
    private final int[] listedMajor;

    ApplicantTable(String[] ids, int[][] scores, int[] electiveStart, int[] electives, int[] subjectMask,
                   long[] attributeMask, String[][] attributes, int[] choiceStart, int[] choice,
                   int[] listedMajorStart, int[] listedMajor) {
        this.ids = ids;
        this.total = scores[0];
        this.chinese = scores[1];
        this.mathematics = scores[2];
        this.foreignLanguage = scores[3];
        this.firstChoiceSubject = scores[4];
        this.electiveStart = electiveStart;
        this.electives = electives;
        this.subjectMask = subjectMask;
        this.attributeMask = attributeMask;
        this.attributes = attributes;
        this.choiceStart = choiceStart;
        this.choice = choice;
        this.listedMajorStart = listedMajorStart;
        this.listedMajor = listedMajor;
    }

    public int count() {
        return ids.length;
    }

    public String id(int a) {
        return ids[a];
    }

    /** The index of applicant {@code id}, or -1. */
    public int indexOf(String id) {
        int found = Arrays.binarySearch(ids, id);
        return found >= 0 ? found : -1;
    }

    /** The total score {@code s_a}, in hundredths. */
    public int total(int a) {
        return total[a];
    }

    /** A score component, in hundredths. */
    public int component(ScoreComponent component, int a) {
        return switch (component) {
            case TOTAL -> total[a];
            case CHINESE -> chinese[a];
            case MATHEMATICS -> mathematics[a];
            case FOREIGN_LANGUAGE -> foreignLanguage[a];
            case FIRST_CHOICE_SUBJECT -> firstChoiceSubject[a];
        };
    }

    /** The value a subscore key of the tie-break chain reads (d.3), in hundredths; higher ranks first. */
    public int tieBreakValue(TieBreakKey key, int a) {
        return switch (key) {
            case CHINESE_PLUS_MATHEMATICS -> chinese[a] + mathematics[a];
            case MAX_CHINESE_MATHEMATICS -> Math.max(chinese[a], mathematics[a]);
            case FOREIGN_LANGUAGE -> foreignLanguage[a];
            case FIRST_CHOICE_SUBJECT -> firstChoiceSubject[a];
            case MAX_ELECTIVE -> electiveStart[a] < electiveStart[a + 1] ? electives[electiveStart[a]] : 0;
            case VOLUNTEER_ORDER -> throw new IllegalArgumentException("the volunteer order is not a subscore");
        };
    }

    /** The elective scores of {@code a} in hundredths, highest first. */
    public int[] electives(int a) {
        return Arrays.copyOfRange(electives, electiveStart[a], electiveStart[a + 1]);
    }

    /** The subjects {@code a} took beyond Chinese, mathematics and a foreign language. */
    public Set<Subject> subjects(int a) {
        return SubjectMask.subjects(subjectMask[a]);
    }

    /** The attributes of {@code a}, sorted. */
    public List<String> attributes(int a) {
        return attributes[a] == null ? List.of() : List.of(attributes[a]);
    }

    int subjectMask(int a) {
        return subjectMask[a];
    }

    long attributeMask(int a) {
        return attributeMask[a];
    }

    public int firstChoice(int a) {
        return choiceStart[a];
    }

    public int endChoice(int a) {
        return choiceStart[a + 1];
    }

    /** How many choices all lists hold together. */
    public int choiceCount() {
        return choice.length;
    }

    public int unitOfChoice(int c) {
        return choice[c] >>> 1;
    }

    public boolean acceptsAdjustment(int c) {
        return (choice[c] & 1) != 0;
    }

    public int firstListedMajor(int c) {
        return listedMajorStart[c];
    }

    public int endListedMajor(int c) {
        return listedMajorStart[c + 1];
    }

    /** The global major index at slot {@code k} of the listed majors. */
    public int listedMajor(int k) {
        return listedMajor[k];
    }
}
