package org.jjjpark.admission.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects applicants in any order into columns, checking every reference against the units, then sorts them by
 * id: the canonical order that makes the snapshot independent of the order rows arrived in (d.3).
 */
final class ApplicantTableBuilder {

    private static final int SCORE_FIELDS = 5;

    private final UnitTable units;
    private final AttributeVocabulary vocabulary;
    private final List<String> ids = new ArrayList<>();
    private final IntColumn[] scores = new IntColumn[SCORE_FIELDS];
    private final IntColumn electiveStart = new IntColumn();
    private final IntColumn electives = new IntColumn();
    private final IntColumn subjectMask = new IntColumn();
    private final List<String[]> attributes = new ArrayList<>();
    private final IntColumn choiceStart = new IntColumn();
    private final IntColumn choice = new IntColumn();
    private final IntColumn listedMajorStart = new IntColumn();
    private final IntColumn listedMajor = new IntColumn();
    /** {@code listedBy[u] == applicant number + 1} when the applicant being added already listed unit u. */
    private final int[] listedBy;

    ApplicantTableBuilder(UnitTable units, AttributeVocabulary vocabulary) {
        this.units = units;
        this.vocabulary = vocabulary;
        this.listedBy = new int[units.count()];
        Arrays.setAll(scores, i -> new IntColumn());
        electiveStart.add(0);
        choiceStart.add(0);
        listedMajorStart.add(0);
    }

    void add(Applicant applicant) {
        String owner = "applicant " + applicant.id();
        Scores given = applicant.scores();
        scores[0].add(Points.hundredths(given.total(), owner, "total score"));
        scores[1].add(Points.hundredths(given.chinese(), owner, "Chinese"));
        scores[2].add(Points.hundredths(given.mathematics(), owner, "mathematics"));
        scores[3].add(Points.hundredths(given.foreignLanguage(), owner, "foreign language"));
        scores[4].add(Points.hundredths(given.firstChoiceSubject(), owner, "first-choice subject"));
        int[] electiveScores = new int[given.electives().size()];
        for (int i = 0; i < electiveScores.length; i++) {
            electiveScores[i] = Points.hundredths(given.electives().get(i), owner, "elective");
        }
        Arrays.sort(electiveScores);
        for (int i = electiveScores.length - 1; i >= 0; i--) {
            electives.add(electiveScores[i]);
        }
        electiveStart.add(electives.size());
        subjectMask.add(SubjectMask.of(applicant.subjects()));
        attributes.add(applicant.attributes().isEmpty() ? null
                : applicant.attributes().stream().sorted().toArray(String[]::new));
        ids.add(applicant.id());
        int number = ids.size();
        for (Choice listed : applicant.choices()) {
            addChoice(owner, number, listed);
        }
        choiceStart.add(choice.size());
    }

    private void addChoice(String owner, int number, Choice listed) {
        int u = units.indexOf(listed.unitId());
        if (u < 0) {
            throw new InvalidInputException(owner + " lists unknown unit " + listed.unitId());
        }
        if (listedBy[u] == number) {
            throw new InvalidInputException(owner + " lists unit " + listed.unitId() + " twice");
        }
        listedBy[u] = number;
        choice.add(u << 1 | (listed.acceptAdjustment() ? 1 : 0));
        int first = listedMajor.size();
        for (String code : listed.majorCodes()) {
            int m = units.majorIndexOf(u, code);
            if (m < 0) {
                throw new InvalidInputException(owner + " lists major " + code + ", which unit "
                        + listed.unitId() + " does not have");
            }
            for (int k = first; k < listedMajor.size(); k++) {
                if (listedMajor.get(k) == m) {
                    throw new InvalidInputException(owner + " lists major " + code + " of unit "
                            + listed.unitId() + " twice");
                }
            }
            listedMajor.add(m);
        }
        listedMajorStart.add(listedMajor.size());
    }

    ApplicantTable build() {
        String[] idArray = ids.toArray(String[]::new);
        int[] order = canonicalOrder(idArray);
        int[][] scoreArrays = new int[SCORE_FIELDS][];
        for (int f = 0; f < SCORE_FIELDS; f++) {
            scoreArrays[f] = permute(scores[f].toArray(), order);
        }
        int[] subjectArray = permute(subjectMask.toArray(), order);
        String[][] attributeArray = new String[idArray.length][];
        long[] attributeMask = new long[idArray.length];
        for (int i = 0; i < idArray.length; i++) {
            attributeArray[i] = attributes.get(order == null ? i : order[i]);
            attributeMask[i] = attributeArray[i] == null ? 0 : vocabulary.mask(Arrays.asList(attributeArray[i]));
        }
        int[][] electiveColumns = permuteRanges(electiveStart.toArray(), electives.toArray(), order);
        int[][] choiceColumns = permuteChoices(order);
        return new ApplicantTable(permute(idArray, order), scoreArrays, electiveColumns[0], electiveColumns[1],
                subjectArray, attributeMask, attributeArray, choiceColumns[0], choiceColumns[1], choiceColumns[2],
                choiceColumns[3]);
    }

    /** Positions of the applicants sorted by id; {@code null} when they arrived sorted, the common case. */
    private static int[] canonicalOrder(String[] ids) {
        boolean sorted = true;
        for (int i = 1; i < ids.length && sorted; i++) {
            sorted = ids[i - 1].compareTo(ids[i]) < 0;
        }
        if (sorted) {
            return null;
        }
        Integer[] boxed = new Integer[ids.length];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, Comparator.comparing(i -> ids[i]));
        for (int i = 1; i < boxed.length; i++) {
            if (ids[boxed[i - 1]].equals(ids[boxed[i]])) {
                throw new InvalidInputException("applicant " + ids[boxed[i]] + " is given twice");
            }
        }
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static int[] permute(int[] values, int[] order) {
        if (order == null) {
            return values;
        }
        int[] permuted = new int[values.length];
        Arrays.setAll(permuted, i -> values[order[i]]);
        return permuted;
    }

    private static String[] permute(String[] values, int[] order) {
        if (order == null) {
            return values;
        }
        String[] permuted = new String[values.length];
        Arrays.setAll(permuted, i -> values[order[i]]);
        return permuted;
    }

    /** Moves each applicant's slice {@code values[start[a] .. start[a+1]-1]} to its sorted position. */
    private static int[][] permuteRanges(int[] start, int[] values, int[] order) {
        if (order == null) {
            return new int[][] {start, values};
        }
        int[] newStart = new int[start.length];
        int[] newValues = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            int from = start[order[i]];
            int length = start[order[i] + 1] - from;
            System.arraycopy(values, from, newValues, newStart[i], length);
            newStart[i + 1] = newStart[i] + length;
        }
        return new int[][] {newStart, newValues};
    }

    /** The choice columns with the choices, and the majors each lists, in the sorted applicants' order. */
    private int[][] permuteChoices(int[] order) {
        int[] starts = choiceStart.toArray();
        int[] choices = choice.toArray();
        int[] majorStarts = listedMajorStart.toArray();
        int[] majors = listedMajor.toArray();
        if (order == null) {
            return new int[][] {starts, choices, majorStarts, majors};
        }
        int[] newStarts = new int[starts.length];
        int[] newChoices = new int[choices.length];
        int[] newMajorStarts = new int[majorStarts.length];
        int[] newMajors = new int[majors.length];
        int c = 0;
        int k = 0;
        for (int i = 0; i < order.length; i++) {
            for (int old = starts[order[i]]; old < starts[order[i] + 1]; old++) {
                newChoices[c] = choices[old];
                int length = majorStarts[old + 1] - majorStarts[old];
                System.arraycopy(majors, majorStarts[old], newMajors, k, length);
                k += length;
                newMajorStarts[++c] = k;
            }
            newStarts[i + 1] = c;
        }
        return new int[][] {newStarts, newChoices, newMajorStarts, newMajors};
    }
}
