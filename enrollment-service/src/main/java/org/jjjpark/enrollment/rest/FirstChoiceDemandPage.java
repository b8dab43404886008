package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of first-choice demand, named for OpenAPI. */
@Schema(name = "FirstChoiceDemandPage", description = "One page of first-choice demand")
public record FirstChoiceDemandPage(
        @Schema(description = "Rows of this page") List<FirstChoiceDemandView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNh8xMzAwMDAfVU5ERVJHUkFEVUFURR8") String nextCursor) {
}
