package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.application.intake.RefusedEvents;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.interfaces.rest.shared.ListQuery;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The events the plugin refused, host events and network postbacks, with why (admins): the list of
 * the Refused events page.
 */
@Path("/refused-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Refused events",
    description = "Host purchases and refunds, and network postbacks, the plugin did not apply")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class RefusedEventsResource {

  @Inject RefusedEvents events;

  /**
   * A refused event: what it was, why it was refused, and the event as it was sent. A postback's
   * event id is the network's transaction id (its click id when it sent none), its purchase id the
   * conversion key it would have used; {@code networkCode} and {@code clickId} are null for host
   * events.
   */
  public record RefusedEventJson(
      String kind,
      String eventId,
      String purchaseId,
      String userId,
      String networkCode,
      String clickId,
      String reason,
      String payload,
      OffsetDateTime refusedAt) {

    static RefusedEventJson of(RefusedEvent e) {
      return new RefusedEventJson(
          e.getKind().name(),
          e.getEventId(),
          e.getPurchaseId(),
          e.getUserId(),
          e.getNetworkCode(),
          e.getClickId(),
          e.getReason(),
          e.getPayload(),
          e.getRefusedAt());
    }
  }

  /** One page of refused events: {@code total} is how many the filter selects in all. */
  public record RefusedEventPage(List<RefusedEventJson> items, long total, int offset, int limit) {}

  @GET
  @Operation(
      summary = "Refused events, the newest first, by kind and id",
      description =
          "Host purchases and refunds the plugin did not apply, and network postbacks it refused"
              + " (a transaction id already converted from another click or in another currency,"
              + " answered 409; any postback of a disabled network, answered 422).")
  @APIResponse(
      responseCode = "200",
      description = "A page of refused events",
      content = @Content(schema = @Schema(implementation = RefusedEventPage.class)))
  public RefusedEventPage refused(
      @Parameter(description = "PURCHASE, REFUND or POSTBACK") @QueryParam("kind") String kind,
      @Parameter(description = "Start of the event's, purchase's, user's or click's id, any case")
          @QueryParam("id")
          String id,
      @Parameter(description = "Rows per page, 1 to 200 (default 50)") @QueryParam("limit")
          String limit,
      @Parameter(description = "Rows to skip (default 0)") @QueryParam("offset") String offset) {
    Map<String, String> errors = new LinkedHashMap<>();
    RefusedEvent.Kind wanted = ListQuery.choice(RefusedEvent.Kind.class, "kind", kind, errors);
    if (id != null && id.strip().length() > 100) {
      errors.put("id", "Keep the id within 100 characters.");
    }
    int rows = ListQuery.limit(limit, errors);
    int skip = ListQuery.offset(offset, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<RefusedEventJson> items =
        events.search(wanted, id, skip, rows).stream().map(RefusedEventJson::of).toList();
    return new RefusedEventPage(items, events.count(wanted, id), skip, rows);
  }
}
