package org.jjjpark.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of partners, named for OpenAPI (a generic page type would appear as one schema for every list). */
@Schema(name = "PartnerPage", description = "One page of partners")
public record PartnerPage(
        @Schema(description = "Partners of this page") List<PartnerView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNi0xMS0yOVQwOTowMDowMFofNWIwYzhmMGU") String nextCursor) {
}
