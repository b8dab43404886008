package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The applicant's own applications, oldest first, named for OpenAPI. */
@Schema(name = "ApplicationList", description = "The applicant's applications, oldest first")
public record ApplicationList(
        @Schema(description = "The applications") List<ApplicationView> items) {
}
