package org.jjjpark.admission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Student-proposing deferred acceptance (Gale and Shapley 1962) in its general form, with a priority order per
 * unit (DOMAIN.md d.5): written apart from the engine, to serve as its oracle. Each free applicant proposes to the
 * next unit of their list; each unit holds its best proposals up to capacity by its own priority and rejects the
 * rest; it ends when no one proposes.
 */
final class DeferredAcceptance {

    /** A unit's priority between two applicants: negative when the first one comes first. */
    interface UnitPriority {
        int compare(int unit, int a, int b);
    }

    private DeferredAcceptance() {
    }

    /**
     * @param lists      each applicant's acceptable units, best first
     * @param capacities each unit's capacity
     * @return the unit each applicant is matched to, or -1
     */
    static int[] match(int[][] lists, int[] capacities, UnitPriority priority) {
        int[] next = new int[lists.length];
        List<List<Integer>> held = new ArrayList<>();
        for (int u = 0; u < capacities.length; u++) {
            held.add(new ArrayList<>());
        }
        Deque<Integer> free = new ArrayDeque<>();
        for (int a = 0; a < lists.length; a++) {
            free.add(a);
        }
        while (!free.isEmpty()) {
            int a = free.poll();
            if (next[a] == lists[a].length) {
                continue;
            }
            int u = lists[a][next[a]++];
            List<Integer> proposals = held.get(u);
            proposals.add(a);
            if (proposals.size() > capacities[u]) {
                Integer worst = proposals.stream().max((x, y) -> priority.compare(u, x, y)).orElseThrow();
                proposals.remove(worst);
                free.add(worst);
            }
        }
        int[] matched = new int[lists.length];
        Arrays.fill(matched, -1);
        for (int u = 0; u < capacities.length; u++) {
            for (int a : held.get(u)) {
                matched[a] = u;
            }
        }
        return matched;
    }
}
