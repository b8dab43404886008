package org.jjjpark.gateway.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of clients. */
@Schema(name = "ClientPage", description = "One page of system clients")
public record ClientPage(
        @Schema(description = "Clients of this page") List<ClientView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {
}
