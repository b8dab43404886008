package org.jjjpark.enrollment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A new choice list replacing the whole previous one; the batch of an application never changes. */
@Schema(name = "ApplicationUpdate", description = "The complete new choice list")
public record ApplicationUpdate(
        @Schema(description = "Choices, most wanted first; at most K of them", required = true)
        @NotNull @Size(min = 1, max = 200)
        List<@NotNull @Valid ChoiceEntry> choices) {
}
