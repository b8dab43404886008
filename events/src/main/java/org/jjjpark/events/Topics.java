package org.jjjpark.events;

/** Kafka topic names. Every business topic has a dead-letter companion named {@code <topic>.dlq}. */
public final class Topics {

    /** Partners and their programs, keyed by partner id so one partner's events stay in order. */
    public static final String PARTNER_EVENTS = "partner.events";

    /** Agreements and the seats they authorise, keyed by agreement id so one agreement's events stay in order. */
    public static final String AGREEMENT_EVENTS = "agreement.events";

    /** Candidates, applications and admission rounds, keyed by candidate, application or round id. */
    public static final String ENROLLMENT_EVENTS = "enrollment.events";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
