package org.jjjpark.enrollment.service;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.enrollment.Application;

import java.util.Map;

/**
 * What a round runs on: the engine's input, and the applications it was read from by applicant id (the
 * application id), which the round moves to their outcomes.
 */
public record AdmissionSnapshot(AdmissionInput input, Map<String, Application> applications) {
}
