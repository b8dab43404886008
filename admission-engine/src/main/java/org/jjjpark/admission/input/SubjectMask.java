package org.jjjpark.admission.input;

import java.util.EnumSet;
import java.util.Set;

/** A set of subjects as the bits of their ordinals, for the per-choice eligibility test. */
final class SubjectMask {

    private SubjectMask() {
    }

    static int of(Set<Subject> subjects) {
        int mask = 0;
        for (Subject subject : subjects) {
            mask |= 1 << subject.ordinal();
        }
        return mask;
    }

    static Set<Subject> subjects(int mask) {
        EnumSet<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (Subject subject : Subject.values()) {
            if ((mask & (1 << subject.ordinal())) != 0) {
                subjects.add(subject);
            }
        }
        return subjects;
    }
}
