package org.jjjpark.enrollment.mapping;

import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.rest.AdmissionConfigView;
import org.jjjpark.enrollment.rest.PlanLineView;

/** Entity to response mapping; the only place that decides what clients see. */
public final class EnrollmentMapper {

    private EnrollmentMapper() {
    }

    public static PlanLineView toView(PlanLine l) {
        return new PlanLineView(l.id, l.agreementId, l.programId, l.intakeYear, l.planProvince, l.sourceProvince,
                l.batch, l.planType, l.seats, l.status, l.createdAt, l.updatedAt);
    }

    public static AdmissionConfigView toView(AdmissionConfig c) {
        return new AdmissionConfigView(c.scope.intakeYear(), c.scope.sourceProvince(), c.scope.batch(),
                c.windowOpensAt, c.windowClosesAt, c.maxChoices, c.maxMajorsPerUnit, c.dropRatio, c.tieBreakChain,
                c.tiePolicy, c.version, c.updatedAt);
    }
}
