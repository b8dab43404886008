package org.jjjpark.admission.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects applicants in any order into columns, checking every reference against the units, then puts them in
 * the common priority order, equal applicants by id: an order that depends on nothing but the data (d.3), so the
 * snapshot does not depend on the order rows arrived in, and a round reads every array front to back.
 */
final class ApplicantTableBuilder {

    private static final int SCORE_FIELDS = 5;

    private final UnitTable units;
    private final AttributeVocabulary vocabulary;
    private final List<String> ids = new ArrayList<>();
    private final List<TieBreakKey> subscoreKeys;
    private final IntColumn[] scores = new IntColumn[SCORE_FIELDS];
    private final IntColumn bestElective = new IntColumn();
    private final IntColumn electiveStart = new IntColumn();
    private final IntColumn electives = new IntColumn();
    private final IntColumn subjectMask = new IntColumn();
    private final List<String[]> attributes = new ArrayList<>();
    private final IntColumn choiceStart = new IntColumn();
    private final IntColumn choice = new IntColumn();
    private final IntColumn listedMajorStart = new IntColumn();
    private final IntColumn listedMajor = new IntColumn();
    /** {@code listedBy[u]} is the number (from 1) of the applicant being added once they have listed unit u. */
    private final int[] listedBy;

    ApplicantTableBuilder(UnitTable units, AttributeVocabulary vocabulary, List<TieBreakKey> tieBreakChain) {
        this.units = units;
        this.vocabulary = vocabulary;
        this.subscoreKeys = tieBreakChain.stream().filter(key -> key != TieBreakKey.VOLUNTEER_ORDER).toList();
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
        bestElective.add(electiveScores.length == 0 ? 0 : electiveScores[electiveScores.length - 1]);
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

    /**
     * Puts the rows in priority order: the small columns are gathered, the large ones (lists and listed majors)
     * moved one at a time, each released as soon as it is copied, so that the peak heap stays near one copy.
     */
    ApplicantTable build() {
        String[] arrivalIds = ids.toArray(String[]::new);
        int[] idOrder = idOrder(arrivalIds);
        int[][] scoreArrays = scoreArrays();
        List<int[]> subscores = new ArrayList<>();
        for (TieBreakKey key : subscoreKeys) {
            int[] values = new int[arrivalIds.length];
            Arrays.setAll(values, row -> ApplicantColumns.tieBreakValue(key, scoreArrays[1][row], scoreArrays[2][row],
                    scoreArrays[3][row], scoreArrays[4][row], scoreArrays[5][row]));
            subscores.add(values);
        }
        int[] order = PriorityOrder.sort(scoreArrays[0], subscores, idOrder);
        for (int f = 0; f < scoreArrays.length; f++) {
            scoreArrays[f] = gather(scoreArrays[f], order);
        }
        String[] orderedIds = new String[order.length];
        String[][] orderedAttributes = new String[order.length][];
        long[] attributeMask = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            orderedIds[i] = arrivalIds[order[i]];
            orderedAttributes[i] = attributes.get(order[i]);
            attributeMask[i] = orderedAttributes[i] == null ? 0 : vocabulary.mask(Arrays.asList(orderedAttributes[i]));
        }
        int[][] orderedElectives = new int[2][];
        orderedElectives[0] = new int[order.length + 1];
        orderedElectives[1] = electives.reorderSlicesAndRelease(electiveStart.toArray(), order, orderedElectives[0]);
        ApplicantColumns rows = new ApplicantColumns(orderedIds, scoreArrays, gather(subjectMask.toArray(), order),
                attributeMask, orderedAttributes, orderedElectives, orderedChoices(order));
        int[] placeOf = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            placeOf[order[i]] = i;
        }
        int[] byId = new int[order.length];
        Arrays.setAll(byId, k -> placeOf[idOrder[k]]);
        return new ApplicantTable(rows, byId);
    }

    /**
     * The lists in priority order. An applicant's listed majors are one slice too (they follow the choices), so
     * they move as a slice per applicant, and each choice's start shifts by as much as its applicant's slice moved.
     */
    private int[][] orderedChoices(int[] order) {
        int n = order.length;
        int[] arrivalChoiceStart = choiceStart.toArray();
        int[] arrivalMajorStart = new int[n + 1];
        Arrays.setAll(arrivalMajorStart, row -> listedMajorStart.get(arrivalChoiceStart[row]));
        int[] orderedChoiceStart = new int[n + 1];
        int[] orderedChoice = choice.reorderSlicesAndRelease(arrivalChoiceStart, order, orderedChoiceStart);
        int[] orderedMajorStart = new int[n + 1];
        int[] orderedListedMajor = listedMajor.reorderSlicesAndRelease(arrivalMajorStart, order, orderedMajorStart);
        int[] orderedListedMajorStart = new int[orderedChoice.length + 1];
        for (int i = 0; i < n; i++) {
            int row = order[i];
            int shift = orderedMajorStart[i] - arrivalMajorStart[row];
            for (int k = 0; k < orderedChoiceStart[i + 1] - orderedChoiceStart[i]; k++) {
                orderedListedMajorStart[orderedChoiceStart[i] + k] = listedMajorStart.get(arrivalChoiceStart[row] + k)
                        + shift;
            }
        }
        orderedListedMajorStart[orderedChoice.length] = orderedListedMajor.length;
        listedMajorStart.release();
        return new int[][] {orderedChoiceStart, orderedChoice, orderedListedMajorStart, orderedListedMajor};
    }

    private int[][] scoreArrays() {
        int[][] arrays = new int[SCORE_FIELDS + 1][];
        for (int f = 0; f < SCORE_FIELDS; f++) {
            arrays[f] = scores[f].toArray();
        }
        arrays[SCORE_FIELDS] = bestElective.toArray();
        return arrays;
    }

    private static int[] gather(int[] values, int[] order) {
        int[] gathered = new int[order.length];
        Arrays.setAll(gathered, i -> values[order[i]]);
        return gathered;
    }

    /** Rows sorted by id: the order equal applicants keep, and the canonical order of documents. */
    private static int[] idOrder(String[] ids) {
        boolean sorted = true;
        for (int i = 1; i < ids.length && sorted; i++) {
            sorted = ids[i - 1].compareTo(ids[i]) < 0;
        }
        if (sorted) {
            int[] identity = new int[ids.length];
            Arrays.setAll(identity, i -> i);
            return identity;
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
}
