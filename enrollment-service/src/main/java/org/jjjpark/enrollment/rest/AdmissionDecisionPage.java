package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a round's decisions, named for OpenAPI. */
@Schema(name = "AdmissionDecisionPage", description = "One page of a round's decisions, by rank")
public record AdmissionDecisionPage(
        @Schema(description = "Decisions of this page") List<AdmissionDecisionView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page", example = "MzQxOB8yZjZl")
        String nextCursor) {
}
