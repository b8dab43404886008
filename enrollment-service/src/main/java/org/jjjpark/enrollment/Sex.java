package org.jjjpark.enrollment;

/** Sex as recorded by the exam registration office. */
public enum Sex {
    FEMALE,
    MALE
}
