package org.jjjpark.enrollment;

/** Gaokao subjects beyond Chinese, mathematics and a foreign language (3+3 and 3+1+2 schemes). */
public enum Subject {
    PHYSICS,
    HISTORY,
    CHEMISTRY,
    BIOLOGY,
    GEOGRAPHY,
    POLITICS
}
