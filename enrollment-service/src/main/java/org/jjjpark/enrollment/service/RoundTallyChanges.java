package org.jjjpark.enrollment.service;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.OutcomeStatus;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.UnitTable;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.TallyChange;
import org.jjjpark.enrollment.mapping.AdmissionVocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The statistics counters' changes when a round moves every application of its snapshot from SUBMITTED to its
 * outcome: what {@link org.jjjpark.enrollment.CountedApplication#changesTo} gives application by application,
 * summed per counter row. Counted on the engine's input (majors by index) rather than on a million entities, plus
 * the lines that closed since submission, which the input no longer holds.
 */
final class RoundTallyChanges {

    private static final OutcomeStatus[] OUTCOMES = OutcomeStatus.values();

    private RoundTallyChanges() {
    }

    /** In {@link TallyChange#LOCK_ORDER}. */
    static List<TallyChange> of(AdmissionSnapshot snapshot, AdmissionResult result) {
        ApplicantTable applicants = snapshot.input().applicants();
        UnitTable units = snapshot.input().units();
        Map<LocalDate, Integer> dayIndex = new TreeMap<>();
        for (int a = 0; a < snapshot.applicants(); a++) {
            dayIndex.putIfAbsent(snapshot.submittedOn(a), 0);
        }
        List<LocalDate> days = new ArrayList<>(dayIndex.keySet());
        for (int d = 0; d < days.size(); d++) {
            dayIndex.put(days.get(d), d);
        }
        // Per (major, day, outcome): listing, then first choice.
        int[] counts = new int[units.majorCount() * days.size() * OUTCOMES.length * 2];
        Map<LapsedKey, int[]> lapsed = new HashMap<>();
        boolean[] firstLapsed = new boolean[snapshot.applicants()];
        for (AdmissionSnapshot.LapsedLine line : snapshot.lapsedLines()) {
            firstLapsed[line.applicant()] |= line.rankedFirst();
            int[] c = lapsed.computeIfAbsent(new LapsedKey(line.planLineId(), snapshot.submittedOn(line.applicant()),
                    result.status(line.applicant())), k -> new int[2]);
            c[0]++;
            c[1] += line.rankedFirst() ? 1 : 0;
        }
        for (int a = 0; a < snapshot.applicants(); a++) {
            int row = dayIndex.get(snapshot.submittedOn(a)) * OUTCOMES.length + result.status(a).ordinal();
            int first = applicants.firstChoice(a);
            for (int c = first; c < applicants.endChoice(a); c++) {
                for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
                    int at = 2 * (applicants.listedMajor(k) * days.size() * OUTCOMES.length + row);
                    counts[at]++;
                    if (c == first && k == applicants.firstListedMajor(c) && !firstLapsed[a]) {
                        counts[at + 1]++;
                    }
                }
            }
        }
        List<TallyChange> changes = new ArrayList<>();
        for (int m = 0; m < units.majorCount(); m++) {
            UUID line = null;
            for (int d = 0; d < days.size(); d++) {
                int submittedListing = 0;
                int submittedFirst = 0;
                for (OutcomeStatus outcome : OUTCOMES) {
                    int at = 2 * ((m * days.size() + d) * OUTCOMES.length + outcome.ordinal());
                    if (counts[at] == 0) {
                        continue;
                    }
                    line = line != null ? line : UUID.fromString(units.majorCode(m));
                    changes.add(new TallyChange(snapshot.scope(), line, AdmissionVocabulary.status(outcome), days.get(d),
                            counts[at], counts[at + 1]));
                    submittedListing += counts[at];
                    submittedFirst += counts[at + 1];
                }
                if (submittedListing > 0) {
                    changes.add(new TallyChange(snapshot.scope(), line, ApplicationStatus.SUBMITTED, days.get(d),
                            -submittedListing, -submittedFirst));
                }
            }
        }
        Map<LapsedKey, int[]> submittedLapsed = new HashMap<>();
        lapsed.forEach((key, c) -> {
            changes.add(new TallyChange(snapshot.scope(), key.planLineId(), AdmissionVocabulary.status(key.outcome()),
                    key.submittedOn(), c[0], c[1]));
            int[] s = submittedLapsed.computeIfAbsent(new LapsedKey(key.planLineId(), key.submittedOn(), null),
                    k -> new int[2]);
            s[0] -= c[0];
            s[1] -= c[1];
        });
        submittedLapsed.forEach((key, c) -> changes.add(new TallyChange(snapshot.scope(), key.planLineId(),
                ApplicationStatus.SUBMITTED, key.submittedOn(), c[0], c[1])));
        changes.sort(TallyChange.LOCK_ORDER);
        return changes;
    }

    /** A counter row of a closed line; {@code outcome} null for its SUBMITTED row. */
    private record LapsedKey(UUID planLineId, LocalDate submittedOn, OutcomeStatus outcome) {
    }
}
