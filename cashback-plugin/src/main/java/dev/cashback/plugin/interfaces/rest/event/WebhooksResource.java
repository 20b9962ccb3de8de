package dev.cashback.plugin.interfaces.rest.event;

import dev.cashback.plugin.application.event.EventOutbox;
import dev.cashback.plugin.application.event.WebhookEndpoints;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.event.DeliveryStatus;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.event.WebhookEndpoint;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook endpoints and event deliveries, for admins. The secret is shown when an endpoint is
 * created or its secret rotated, never in a list.
 */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Endpoints that receive the outbound events, and deliveries")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
public class WebhooksResource {

  private static final int MAX_LIMIT = 500;

  @Inject WebhookEndpoints endpoints;

  /** An endpoint as admins see it; {@code secret} only right after it was made. */
  public record EndpointJson(
      long id,
      String url,
      String description,
      Set<String> eventTypes,
      boolean enabled,
      String secret,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {

    static EndpointJson of(WebhookEndpoint e, boolean withSecret) {
      Set<String> types = new TreeSet<>();
      e.getEventTypes().forEach(t -> types.add(t.cloudEventType()));
      return new EndpointJson(
          e.getId(),
          e.getUrl(),
          e.getDescription(),
          types,
          e.isEnabled(),
          withSecret ? e.getSecret() : null,
          e.getCreatedAt(),
          e.getUpdatedAt());
    }
  }

  /** An endpoint as an admin types it; no event types means every type. */
  public record EndpointInput(
      String url, String description, List<String> eventTypes, Boolean enabled) {}

  @GET
  @Path("endpoints")
  @Operation(summary = "Every webhook endpoint")
  @APIResponse(
      responseCode = "200",
      description = "The endpoints",
      content = @Content(schema = @Schema(implementation = EndpointJson[].class)))
  public List<EndpointJson> list() {
    return endpoints.endpoints().stream().map(e -> EndpointJson.of(e, false)).toList();
  }

  @POST
  @Path("endpoints")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an endpoint: its secret (whsec_...) is in the answer, once")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = EndpointJson.class)))
  public Response create(EndpointInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(EndpointJson.of(endpoints.create(draft(input)), true))
        .build();
  }

  @PUT
  @Path("endpoints/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an endpoint's address, description, types or state")
  public EndpointJson change(@PathParam("id") long id, EndpointInput input) {
    return EndpointJson.of(endpoints.change(id, draft(input)), false);
  }

  @POST
  @Path("endpoints/{id}/secret")
  @Operation(summary = "A new secret for an endpoint, in the answer, once")
  public EndpointJson rotate(@PathParam("id") long id) {
    return EndpointJson.of(endpoints.rotateSecret(id), true);
  }

  @DELETE
  @Path("endpoints/{id}")
  @Operation(summary = "Remove an endpoint and its deliveries")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(@PathParam("id") long id) {
    endpoints.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("deliveries")
  @Operation(summary = "Deliveries, the newest first, by endpoint and status")
  @APIResponse(
      responseCode = "200",
      description = "The deliveries",
      content = @Content(schema = @Schema(implementation = EventOutbox.Delivery[].class)))
  public List<EventOutbox.Delivery> deliveries(
      @QueryParam("endpoint") Long endpoint,
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit", "Give an offset of 0 or more and a limit between 1 and " + MAX_LIMIT + ".");
    }
    return endpoints.deliveries(endpoint, status(status), offset, limit);
  }

  @POST
  @Path("deliveries/{id}/resend")
  @Operation(summary = "Send a delivery again, with the same event id")
  @APIResponse(responseCode = "202", description = "Queued")
  public Response resend(@PathParam("id") long id) {
    endpoints.resend(id);
    return Response.accepted().build();
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "Give one of " + java.util.Arrays.toString(DeliveryStatus.values()) + ".");
    }
  }

  private static WebhookEndpoints.Draft draft(EndpointInput input) {
    if (input == null) {
      throw new InvalidInputException("url", "Give the endpoint's address.");
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    if (input.eventTypes() != null) {
      for (String name : input.eventTypes()) {
        types.add(
            EventType.ofCloudEventType(name)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "eventTypes", "There is no event type \"" + name + "\".")));
      }
    }
    return new WebhookEndpoints.Draft(
        input.url(), input.description(), types, input.enabled() == null || input.enabled());
  }
}
