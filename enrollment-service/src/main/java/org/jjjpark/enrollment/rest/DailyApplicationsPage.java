package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of applications by day, named for OpenAPI. */
@Schema(name = "DailyApplicationsPage", description = "One page of applications by day")
public record DailyApplicationsPage(
        @Schema(description = "Rows of this page") List<DailyApplicationsView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNh8xMzAwMDAfVU5ERVJHUkFEVUFURR8") String nextCursor) {
}
