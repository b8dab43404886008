package org.jjjpark.partner;

/** Gaokao subjects a program may require (选科要求) under the 3+1+2 and 3+3 schemes. */
public enum Subject {
    PHYSICS,
    HISTORY,
    CHEMISTRY,
    BIOLOGY,
    GEOGRAPHY,
    POLITICS
}
