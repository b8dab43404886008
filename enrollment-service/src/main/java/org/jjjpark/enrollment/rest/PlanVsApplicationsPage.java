package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of plan lines against applications, named for OpenAPI. */
@Schema(name = "PlanVsApplicationsPage", description = "One page of plan lines against applications")
public record PlanVsApplicationsPage(
        @Schema(description = "Rows of this page") List<PlanVsApplicationsView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNh8xMzAwMDAfVU5ERVJHUkFEVUFURR8") String nextCursor) {
}
