package org.jjjpark.faults;

import java.time.Duration;

/**
 * How big each scenario runs: {@code short} in every {@code ./mvnw verify} (a few minutes for the whole suite),
 * {@code full} with {@code -Pfaults-full} (RELIABILITY.md's sizes, as far as two shared cores allow).
 *
 * @param poisonValid   valid events among the poison (S6)
 * @param poison        poison records (S6)
 * @param poisonLoad    submissions per second while the poison is consumed (S6)
 * @param outageLoad    submissions per second around the Kafka outage (S1)
 * @param outageLead    load before the broker goes (S1)
 * @param outage        how long the broker is away (S1)
 * @param outageTail    load after it is back (S1)
 * @param restartLoad   submissions per second around the PostgreSQL restart (S3)
 * @param restartLead   load before PostgreSQL restarts (S3)
 * @param restartLoadTime load in all: the lead, the restart and the recovery after it (S3)
 * @param crashEvents   events the consumer is killed amid (S4, full size only)
 */
record FaultSizes(String name, int poisonValid, int poison, double poisonLoad, Duration poisonLoadTime,
                  double outageLoad, Duration outageLead, Duration outage, Duration outageTail,
                  double restartLoad, Duration restartLead, Duration restartLoadTime, int crashEvents,
                  double crashLoad, Duration crashLoadTime) {

    /** RELIABILITY.md's T_converge; {@code -Dfaults.convergence-seconds} widens it on a machine other builds share. */
    static final Duration CONVERGENCE_LIMIT = Duration.ofSeconds(Long.getLong("faults.convergence-seconds", 60));

    static FaultSizes current() {
        return "full".equals(System.getProperty("faults.size", "short"))
                ? new FaultSizes("full", 10_000, 50, 20, Duration.ofSeconds(40),
                50, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30),
                50, Duration.ofSeconds(45), Duration.ofSeconds(90),
                10_000, 10, Duration.ofSeconds(60))
                : new FaultSizes("short", 2_000, 20, 20, Duration.ofSeconds(15),
                20, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10),
                20, Duration.ofSeconds(10), Duration.ofSeconds(30),
                0, 0, Duration.ZERO);
    }

    Duration outageLoadTime() {
        return outageLead.plus(outage).plus(outageTail);
    }

    boolean full() {
        return name.equals("full");
    }

    int candidatesNeeded() {
        return (int) Math.ceil(poisonLoad * poisonLoadTime.toSeconds() + outageLoad * outageLoadTime().toSeconds()
                + restartLoad * restartLoadTime.toSeconds() + crashLoad * crashLoadTime.toSeconds());
    }
}
