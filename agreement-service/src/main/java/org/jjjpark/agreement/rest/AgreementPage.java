package org.jjjpark.agreement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of agreements, named for OpenAPI (a generic page type would appear as one schema for every list). */
@Schema(name = "AgreementPage", description = "One page of agreements")
public record AgreementPage(
        @Schema(description = "Agreements of this page, without their allocation history") List<AgreementView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNi0xMS0yOVQwOTowMDowMFofNWIwYzhmMGU") String nextCursor) {
}
