package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of seats by agreement, named for OpenAPI. */
@Schema(name = "AgreementSeatsPage", description = "One page of seats by agreement")
public record AgreementSeatsPage(
        @Schema(description = "Rows of this page") List<AgreementSeatsView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNh8xMzAwMDAfVU5ERVJHUkFEVUFURR8") String nextCursor) {
}
