package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a client may sync, named for OpenAPI. */
@Schema(name = "AvailableChangeVersions", description = "The range of change versions a client may sync")
public record AvailableChangeVersions(
        @Schema(description = "Newest change version below which nothing can still appear: every change and "
                + "deletion up to it is readable now, and none will be added later. The same for every caller.",
                example = "2200")
        long newestChangeVersion) {
}
