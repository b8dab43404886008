package org.jjjpark.agreement;

/** What can happen to an agreement; {@link AgreementLifecycle} says in which status each is allowed. */
public enum LifecycleEvent {
    /** A party signs while others have still to. */
    SIGNATURE("be signed"),
    /** The last missing signature. */
    LAST_SIGNATURE("be signed"),
    EFFECTIVE_DATE_REACHED("take effect"),
    END_DATE_PASSED("expire"),
    AMENDMENT("have its seat allocations amended"),
    TERMINATION("be terminated");

    private final String phrase;

    LifecycleEvent(String phrase) {
        this.phrase = phrase;
    }

    /** The verb phrase for messages: "a DRAFT agreement cannot <phrase>". */
    public String phrase() {
        return phrase;
    }
}
