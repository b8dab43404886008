package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The admission configurations of a year, named for OpenAPI. */
@Schema(name = "AdmissionConfigList", description = "Admission configurations, by source province then batch")
public record AdmissionConfigPage(
        @Schema(description = "The configurations") List<AdmissionConfigView> items) {
}
