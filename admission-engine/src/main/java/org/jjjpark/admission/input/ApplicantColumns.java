package org.jjjpark.admission.input;

/**
 * The applicants' fields as parallel arrays, one row per applicant, and the flat arrays their electives and lists
 * live in, each row's slice starting where the previous one ends.
 */
final class ApplicantColumns {

    final String[] ids;
    final int[] total;
    final int[] chinese;
    final int[] mathematics;
    final int[] foreignLanguage;
    final int[] firstChoiceSubject;
    /** The highest elective, or 0: what {@link TieBreakKey#MAX_ELECTIVE} reads. */
    final int[] bestElective;
    final int[] subjectMask;
    final long[] attributeMask;
    /** Sorted; {@code null} for a row without attributes. */
    final String[][] attributes;
    final int[] electiveStart;
    /** Each row's elective scores, highest first. */
    final int[] electives;
    final int[] choiceStart;
    /** {@code unit << 1 | (acceptAdjustment ? 1 : 0)}: one array read per choice in the matching loop. */
    final int[] choice;
    final int[] listedMajorStart;
    final int[] listedMajor;

    ApplicantColumns(String[] ids, int[][] scores, int[] subjectMask, long[] attributeMask, String[][] attributes,
                     int[][] electives, int[][] choices) {
        this.ids = ids;
        this.total = scores[0];
        this.chinese = scores[1];
        this.mathematics = scores[2];
        this.foreignLanguage = scores[3];
        this.firstChoiceSubject = scores[4];
        this.bestElective = scores[5];
        this.subjectMask = subjectMask;
        this.attributeMask = attributeMask;
        this.attributes = attributes;
        this.electiveStart = electives[0];
        this.electives = electives[1];
        this.choiceStart = choices[0];
        this.choice = choices[1];
        this.listedMajorStart = choices[2];
        this.listedMajor = choices[3];
    }

    int tieBreakValue(TieBreakKey key, int row) {
        return tieBreakValue(key, chinese[row], mathematics[row], foreignLanguage[row], firstChoiceSubject[row],
                bestElective[row]);
    }

    /** The value a subscore key of the tie-break chain reads (d.3), in hundredths; higher ranks first. */
    static int tieBreakValue(TieBreakKey key, int chinese, int mathematics, int foreignLanguage,
                             int firstChoiceSubject, int bestElective) {
        return switch (key) {
            case CHINESE_PLUS_MATHEMATICS -> chinese + mathematics;
            case MAX_CHINESE_MATHEMATICS -> Math.max(chinese, mathematics);
            case FOREIGN_LANGUAGE -> foreignLanguage;
            case FIRST_CHOICE_SUBJECT -> firstChoiceSubject;
            case MAX_ELECTIVE -> bestElective;
            case VOLUNTEER_ORDER -> throw new IllegalArgumentException("the volunteer order is not a subscore");
        };
    }
}
