package org.jjjpark.enrollment;

import java.time.OffsetDateTime;

/**
 * How clients outside the service identify an application: year, source province, batch, the candidate's exam
 * number and the submission time (a candidate may withdraw and submit again in the same batch).
 */
public record ApplicationKey(int intakeYear, String sourceProvince, Batch batch, String examNumber,
                             OffsetDateTime submittedAt) {
}
