package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of admission statistics, named for OpenAPI. */
@Schema(name = "AdmissionStatisticsPage", description = "One page of admission statistics")
public record AdmissionStatisticsPage(
        @Schema(description = "Rows of this page") List<AdmissionStatisticsView> items,
        @Schema(description = "Pass as cursor, with the same other parameters, for the next page; absent on the last "
                + "page", example = "MjAyNh8xMzAwMDAfVU5ERVJHUkFEVUFURR8") String nextCursor) {
}
