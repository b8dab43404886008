package org.jjjpark.enrollment;

/** Admission batches (批次) a province runs one after another; each has its own plan and rules. */
public enum Batch {
    /** 提前批: military, public-security, directed and other early programs. */
    EARLY,
    /** 本科批: regular undergraduate admission, where the park's seats are planned. */
    UNDERGRADUATE,
    /** 专科批: vocational (higher diploma) admission. */
    VOCATIONAL
}
