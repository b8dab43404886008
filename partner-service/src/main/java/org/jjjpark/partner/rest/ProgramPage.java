package org.jjjpark.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of programs, named for OpenAPI. */
@Schema(name = "ProgramPage", description = "One page of programs")
public record ProgramPage(
        @Schema(description = "Programs of this page") List<ProgramView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page",
                example = "MjAyNi0xMS0yOVQwOTowMDowMFofMGQ0ZDJmOGE") String nextCursor) {
}
