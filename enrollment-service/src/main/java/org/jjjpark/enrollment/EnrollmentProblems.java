package org.jjjpark.enrollment;

/** Stable problem codes of enrollment-service, in addition to the shared ones. */
public final class EnrollmentProblems {

    public static final String ADMISSION_CONFIG_NOT_FOUND = "ADMISSION_CONFIG_NOT_FOUND";
    public static final String INVALID_WINDOW = "INVALID_WINDOW";
    public static final String DUPLICATE_TIE_BREAK_KEY = "DUPLICATE_TIE_BREAK_KEY";
    public static final String INVALID_ID_NUMBER = "INVALID_ID_NUMBER";
    public static final String DUPLICATE_EXAM_NUMBER = "DUPLICATE_EXAM_NUMBER";
    public static final String DUPLICATE_ID_NUMBER = "DUPLICATE_ID_NUMBER";
    public static final String PROVINCE_NOT_YOURS = "PROVINCE_NOT_YOURS";
    public static final String CANDIDATE_NOT_FOUND = "CANDIDATE_NOT_FOUND";
    public static final String APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND";
    public static final String ACTIVE_APPLICATION_EXISTS = "ACTIVE_APPLICATION_EXISTS";
    public static final String APPLICATION_WITHDRAWN = "APPLICATION_WITHDRAWN";
    public static final String IF_MATCH_REQUIRED = "IF_MATCH_REQUIRED";
    public static final String WINDOW_NOT_OPEN = "WINDOW_NOT_OPEN";
    public static final String DEADLINE_PASSED = "DEADLINE_PASSED";
    public static final String PLAN_NOT_FOUND = "PLAN_NOT_FOUND";
    public static final String PLAN_NOT_FOR_APPLICATION = "PLAN_NOT_FOR_APPLICATION";
    public static final String PLAN_CLOSED = "PLAN_CLOSED";
    public static final String SUBJECT_REQUIREMENT_NOT_MET = "SUBJECT_REQUIREMENT_NOT_MET";
    public static final String DUPLICATE_CHOICE = "DUPLICATE_CHOICE";
    public static final String MAJORS_OF_DIFFERENT_UNITS = "MAJORS_OF_DIFFERENT_UNITS";
    public static final String TOO_MANY_CHOICES = "TOO_MANY_CHOICES";
    public static final String TOO_MANY_MAJORS = "TOO_MANY_MAJORS";
    public static final String WINDOW_STILL_OPEN = "WINDOW_STILL_OPEN";
    public static final String ROUND_ALREADY_COMPLETED = "ROUND_ALREADY_COMPLETED";
    public static final String LOTTERY_SEED_NOT_PUBLISHED = "LOTTERY_SEED_NOT_PUBLISHED";
    public static final String ROUND_INPUT_INVALID = "ROUND_INPUT_INVALID";
    public static final String ROUND_NOT_FOUND = "ROUND_NOT_FOUND";
    public static final String OUTCOME_NOT_FOUND = "OUTCOME_NOT_FOUND";

    private EnrollmentProblems() {
    }
}
