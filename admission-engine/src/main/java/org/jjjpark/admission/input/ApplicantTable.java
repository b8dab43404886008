package org.jjjpark.admission.input;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The applicants of a snapshot, stored in the common priority order of d.0 (total score, then the chain's
 * subscores, equal applicants by id): applicant index {@code a} is also their place in that order, so a round
 * walks every array front to back. Each applicant owns choices {@code firstChoice(a) .. endChoice(a) - 1} in list
 * order, and choice {@code c} lists majors {@code firstListedMajor(c) .. endListedMajor(c) - 1}. Scores are in
 * hundredths. {@link #inIdOrder} gives the canonical (id) order.
 */
public final class ApplicantTable {

    private final ApplicantColumns rows;
    private final int[] byId;

    ApplicantTable(ApplicantColumns rows, int[] byId) {
        this.rows = rows;
        this.byId = byId;
    }

    public int count() {
        return rows.ids.length;
    }

    public String id(int a) {
        return rows.ids[a];
    }

    /** The applicant at place {@code k} (from 0) in id order. */
    public int inIdOrder(int k) {
        return byId[k];
    }

    /** The index of applicant {@code id}, or -1. */
    public int indexOf(String id) {
        int low = 0;
        int high = byId.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int comparison = rows.ids[byId[middle]].compareTo(id);
            if (comparison == 0) {
                return byId[middle];
            }
            if (comparison < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** The total score {@code s_a}, in hundredths. */
    public int total(int a) {
        return rows.total[a];
    }

    /** A score component, in hundredths. */
    public int component(ScoreComponent component, int a) {
        return switch (component) {
            case TOTAL -> rows.total[a];
            case CHINESE -> rows.chinese[a];
            case MATHEMATICS -> rows.mathematics[a];
            case FOREIGN_LANGUAGE -> rows.foreignLanguage[a];
            case FIRST_CHOICE_SUBJECT -> rows.firstChoiceSubject[a];
        };
    }

    /** The value a subscore key of the tie-break chain reads (d.3), in hundredths; higher ranks first. */
    public int tieBreakValue(TieBreakKey key, int a) {
        return rows.tieBreakValue(key, a);
    }

    /** The elective scores of {@code a} in hundredths, highest first. */
    public int[] electives(int a) {
        return Arrays.copyOfRange(rows.electives, rows.electiveStart[a], rows.electiveStart[a + 1]);
    }

    /** The subjects {@code a} took beyond Chinese, mathematics and a foreign language. */
    public Set<Subject> subjects(int a) {
        return SubjectMask.subjects(rows.subjectMask[a]);
    }

    /** The attributes of {@code a}, sorted. */
    public List<String> attributes(int a) {
        return rows.attributes[a] == null ? List.of() : List.of(rows.attributes[a]);
    }

    int subjectMask(int a) {
        return rows.subjectMask[a];
    }

    long attributeMask(int a) {
        return rows.attributeMask[a];
    }

    public int firstChoice(int a) {
        return rows.choiceStart[a];
    }

    public int endChoice(int a) {
        return rows.choiceStart[a + 1];
    }

    /** How many choices all lists hold together. */
    public int choiceCount() {
        return rows.choice.length;
    }

    public int unitOfChoice(int c) {
        return rows.choice[c] >>> 1;
    }

    public boolean acceptsAdjustment(int c) {
        return (rows.choice[c] & 1) != 0;
    }

    public int firstListedMajor(int c) {
        return rows.listedMajorStart[c];
    }

    public int endListedMajor(int c) {
        return rows.listedMajorStart[c + 1];
    }

    /** The global major index at slot {@code k} of the listed majors. */
    public int listedMajor(int k) {
        return rows.listedMajor[k];
    }
}
