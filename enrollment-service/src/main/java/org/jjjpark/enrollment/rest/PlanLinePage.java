package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of plan lines, named for OpenAPI. */
@Schema(name = "PlanLinePage", description = "One page of plan lines")
public record PlanLinePage(
        @Schema(description = "Plan lines of this page") List<PlanLineView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNi0xMS0yOVQwOTowMDowMFofMGQ0ZDJmOGE") String nextCursor) {
}
