package org.jjjpark.admission;

/** What running a round gives: a verified result, or the invariants it broke. Nothing unverified leaves the engine. */
public sealed interface RoundOutcome permits VerifiedRound, FailedRound {
}
