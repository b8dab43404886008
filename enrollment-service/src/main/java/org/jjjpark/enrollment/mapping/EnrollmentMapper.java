package org.jjjpark.enrollment.mapping;

import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.CandidateCorrection;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.rest.AdmissionConfigView;
import org.jjjpark.enrollment.rest.CandidateView;
import org.jjjpark.enrollment.rest.CorrectionView;

import java.util.List;
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

    /** @param idNumberMasked the ID number as clients may see it; the plain number never reaches a view */
    public static CandidateView toView(Candidate c, String idNumberMasked) {
        return new CandidateView(c.id, c.provinceCode, c.examYear, c.examNumber, c.name, idNumberMasked,
                c.birthDate, c.sex, c.subjectTrack, c.subjects, c.totalScore, c.chinese, c.mathematics,
                c.foreignLanguage, c.firstChoiceSubject, c.electives, c.version, c.createdAt, c.updatedAt);
    }

    public static CorrectionView toView(CandidateCorrection c) {
        return new CorrectionView(c.version, List.of(c.changedFields.split(",")), c.correctedBy, c.correctedAt);
    }
}
