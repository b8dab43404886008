package org.jjjpark.admission.input;

/** Gaokao subjects beyond Chinese, mathematics and a foreign language, as subject requirements name them. */
public enum Subject {
    PHYSICS,
    HISTORY,
    CHEMISTRY,
    BIOLOGY,
    GEOGRAPHY,
    POLITICS
}
