package org.jjjpark.enrollment.mapping;

import org.jjjpark.admission.trace.AdmittedChoice;
import org.jjjpark.admission.trace.ApplicantTrace;
import org.jjjpark.admission.trace.ChoiceStep;
import org.jjjpark.admission.trace.Cutoff;
import org.jjjpark.admission.trace.FullChoice;
import org.jjjpark.admission.trace.FullMajor;
import org.jjjpark.admission.trace.IneligibleChoice;
import org.jjjpark.admission.trace.IneligibleMajor;
import org.jjjpark.admission.trace.MajorStep;
import org.jjjpark.admission.trace.RejectedChoice;
import org.jjjpark.enrollment.ChoiceTrace;
import org.jjjpark.enrollment.ChoiceTrace.Kind;
import org.jjjpark.enrollment.MajorTrace;
import org.jjjpark.enrollment.Placement;

import java.util.List;

/** The engine's per-applicant trace as this service stores and serves it: flat records, plain JSON. */
public final class TraceMapper {

    private TraceMapper() {
    }

    public static List<ChoiceTrace> toStored(ApplicantTrace trace) {
        return trace.steps().stream().map(TraceMapper::toStored).toList();
    }

    /** Java 17 has no pattern switch: the four kinds of step are told apart one by one. */
    private static ChoiceTrace toStored(ChoiceStep step) {
        if (step instanceof IneligibleChoice s) {
            return new ChoiceTrace(s.position(), s.unitId(), Kind.INELIGIBLE, s.reason().name(), null, false, null,
                    List.of());
        }
        if (step instanceof FullChoice s) {
            return new ChoiceTrace(s.position(), s.unitId(), Kind.FULL, null, null, false, placement(s.lastPlaced()),
                    List.of());
        }
        if (step instanceof AdmittedChoice s) {
            return new ChoiceTrace(s.position(), s.unitId(), Kind.ADMITTED, null, s.majorCode(), s.adjusted(), null,
                    majors(s.majorsPassedOver()));
        }
        RejectedChoice s = (RejectedChoice) step;
        return new ChoiceTrace(s.position(), s.unitId(), Kind.REJECTED, s.reason().name(), null, false,
                placement(s.lastAdmitted()), majors(s.majorsPassedOver()));
    }

    private static List<MajorTrace> majors(List<MajorStep> steps) {
        return steps.stream().map(step -> step instanceof IneligibleMajor m
                ? new MajorTrace(m.majorCode(), m.reason().name(), null)
                : new MajorTrace(step.majorCode(), MajorTrace.FULL, placement(((FullMajor) step).lastAdmitted())))
                .toList();
    }

    private static Placement placement(Cutoff cutoff) {
        return cutoff == null ? null : new Placement(cutoff.score(), cutoff.rank(), cutoff.decidedBy().name());
    }
}
