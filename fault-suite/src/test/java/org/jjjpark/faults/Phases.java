package org.jjjpark.faults;

/** The phase of a scenario a request is sent in: before, during and after the fault. */
final class Phases {

    static final String BEFORE = "before";
    static final String DURING = "during";
    static final String AFTER = "after";

    private volatile String current = BEFORE;

    String current() {
        return current;
    }

    void enter(String phase) {
        current = phase;
        System.out.printf("[fault-suite] %tT phase %s%n", System.currentTimeMillis(), phase);
    }
}
