package org.jjjpark.admission;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The oracle itself, on an instance small enough to follow by hand. */
class DeferredAcceptanceTest {

    static final int A = 0;
    static final int B = 1;
    static final int C = 2;

    @Test
    void withUnitSpecificPrioritiesItFindsTheStudentOptimalStableMatching() {
        // Students s0: A > B > C, s1: B > A > C, s2: A > B > C. Priorities: A: s1 > s2 > s0; B: s0 > s1 > s2.
        int[][] lists = {{A, B, C}, {B, A, C}, {A, B, C}};
        int[][] priority = {{1, 2, 0}, {0, 1, 2}, {0, 1, 2}};

        int[] matched = DeferredAcceptance.match(lists, new int[] {1, 1, 1},
                (unit, x, y) -> Integer.compare(indexOf(priority[unit], x), indexOf(priority[unit], y)));

        // s2 displaces s0 at A, s0 displaces s1 at B, s1 displaces s2 at A, and s2 ends at C.
        assertThat(matched).containsExactly(B, A, C);
    }

    @Test
    void anApplicantRejectedEverywhereStaysUnmatched() {
        int[] matched = DeferredAcceptance.match(new int[][] {{A}, {A}}, new int[] {1}, (unit, x, y) -> x - y);

        assertThat(matched).containsExactly(A, -1);
    }

    private static int indexOf(int[] order, int student) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == student) {
                return i;
            }
        }
        throw new IllegalArgumentException("student " + student);
    }
}
