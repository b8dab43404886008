package org.jjjpark.gateway.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.security.Roles;

/** Operators manage the system clients of commissions, partners and fellow operators. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Identity")
public class ClientResource {

    private final ClientService clients;

    @Inject
    public ClientResource(ClientService clients) {
        this.clients = clients;
    }

    @POST
    @Operation(summary = "Create a system client", description = "The secret is in this response only.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ClientCredentials.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (VALIDATION_FAILED)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Caller is not an operator")
    public Response create(@Valid @NotNull ClientRequest body, @Context UriInfo uri) {
        ClientCredentials created = clients.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.client().clientId()).build())
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Operation(summary = "List system clients")
    @APIResponse(responseCode = "200", description = "One page of clients",
            content = @Content(schema = @Schema(implementation = ClientPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientPage list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                           @QueryParam("cursor") @Size(max = 1000) String cursor) {
        Page<ClientView> page = clients.list(cursor, limit);
        return new ClientPage(page.items(), page.nextCursor());
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "Read a system client")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client (CLIENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView get(@PathParam("clientId") String clientId) {
        return clients.get(clientId);
    }

    @POST
    @Path("/{clientId}/secret-rotation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Give a client a new secret", description = "The old secret stops working at once.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(schema = @Schema(implementation = ClientCredentials.class)))
    @APIResponse(responseCode = "404", description = "No such client (CLIENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@PathParam("clientId") String clientId) {
        return Response.ok(clients.rotateSecret(clientId)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{clientId}/disablement")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable a client", description = "It gets no new tokens; issued ones expire soon.")
    @APIResponse(responseCode = "200", description = "The disabled client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client (CLIENT_NOT_FOUND)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView disable(@PathParam("clientId") String clientId) {
        return clients.disable(clientId);
    }
}
