package org.jjjpark.enrollment.service;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.enrollment.AdmissionScope;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a round runs on: the engine's input, and for each applicant (by the engine's index) the little the round
 * writes back: the application's id, candidate, version and submission day, and the plan lines its list named that
 * closed since (no longer in the input, still counted by the statistics). Flat arrays rather than entities: a
 * province has about a million applications.
 */
public final class AdmissionSnapshot {

    /** A line an applicant listed that is no longer open, and whether it was the first line of the list. */
    public record LapsedLine(int applicant, UUID planLineId, boolean rankedFirst) {
    }

    private final AdmissionScope scope;
    private final AdmissionInput input;
    private final long[] applicationIds;
    private final long[] candidateIds;
    private final long[] versions;
    private final int[] submittedOn;
    private final List<LapsedLine> lapsedLines;

    /** Arrays by the engine's applicant index; ids as (most, least significant bits) pairs. */
    AdmissionSnapshot(AdmissionScope scope, AdmissionInput input, long[] applicationIds, long[] candidateIds,
                      long[] versions, int[] submittedOn, List<LapsedLine> lapsedLines) {
        this.scope = scope;
        this.input = input;
        this.applicationIds = applicationIds;
        this.candidateIds = candidateIds;
        this.versions = versions;
        this.submittedOn = submittedOn;
        this.lapsedLines = List.copyOf(lapsedLines);
    }

    public AdmissionScope scope() {
        return scope;
    }

    public AdmissionInput input() {
        return input;
    }

    public int applicants() {
        return versions.length;
    }

    public UUID applicationId(int a) {
        return new UUID(applicationIds[2 * a], applicationIds[2 * a + 1]);
    }

    public UUID candidateId(int a) {
        return new UUID(candidateIds[2 * a], candidateIds[2 * a + 1]);
    }

    /** The application's version as read; moving it to its outcome makes it one more. */
    public long version(int a) {
        return versions[a];
    }

    /** The park's calendar day the application was submitted on, as the statistics count it. */
    public LocalDate submittedOn(int a) {
        return LocalDate.ofEpochDay(submittedOn[a]);
    }

    public List<LapsedLine> lapsedLines() {
        return lapsedLines;
    }
}
