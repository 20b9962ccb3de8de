package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.intake.PostedEventChecks;
import dev.cashback.plugin.application.intake.PostedPurchase;
import dev.cashback.plugin.infrastructure.intake.SignedIntake;
import dev.cashback.plugin.infrastructure.metrics.CashbackMetrics;
import dev.cashback.plugin.interfaces.rest.shared.JsonBodies;
import dev.cashback.plugin.interfaces.rest.shared.Problem;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed intake of hosts outside the JVM: {@code POST /purchases} and {@code POST
 * /purchases/{purchaseId}/refunds}, each signed with the host's secret over the timestamp and the
 * raw body (so the body is read as bytes before it is parsed). An event id (purchase id, refund id)
 * is accepted once: a replay is 409 and changes nothing.
 */
@Path("/purchases")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Host intake",
    description = "Purchases, refunds and course progress signed by the host")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
public class PurchaseIntakeResource {

  private static final Logger LOG = Logger.getLogger(PurchaseIntakeResource.class.getName());

  /** Large enough for a hundred-line order, small enough for the inbox's payload column. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /** Names the posting host when hosts have secrets of their own. */
  static final String HOST_HEADER = "X-Cashback-Host";

  @Inject SignedIntake intake;
  @Inject SignedBodies bodies;
  @Inject CashbackMetrics metrics;

  @POST
  @Operation(
      summary = "A paid purchase; cashback is granted in the background",
      description =
          "The JSON of PurchaseCompleted plus total, which the items must add up to. Sign"
              + " timestamp + '.' + body with HMAC-SHA256 and the host's secret.")
  @APIResponse(responseCode = "202", description = "Accepted; cashback follows shortly")
  public Response receive(@Context HttpHeaders headers, InputStream stream) throws IOException {
    SignedBodies.Signed signed = bodies.read(SignatureHeaders.of(headers), stream);
    if (signed.refusal() != null) {
      return signed.refusal();
    }
    PurchaseCompleted purchase =
        PostedEventChecks.purchase(JsonBodies.read(signed.body(), PostedPurchase.class));
    return accept(
        "purchase",
        purchase.purchaseId(),
        () -> intake.record(purchase),
        () -> {
          metrics.purchaseReceived();
          intake.process();
        });
  }

  @POST
  @Path("/{purchaseId}/refunds")
  @Operation(
      summary =
          "A refund of a purchase, in full or in part; its cashback is reversed in proportion",
      description = "The JSON of PurchaseRefunded, signed like a purchase.")
  @APIResponse(responseCode = "202", description = "Accepted; the reversal follows")
  public Response refund(
      @PathParam("purchaseId") String purchaseId, @Context HttpHeaders headers, InputStream stream)
      throws IOException {
    SignedBodies.Signed signed = bodies.read(SignatureHeaders.of(headers), stream);
    if (signed.refusal() != null) {
      return signed.refusal();
    }
    PurchaseRefunded refund =
        PostedEventChecks.refund(
            purchaseId,
            JsonBodies.read(signed.body(), PurchaseRefunded.class),
            intake.purchaseCurrency(purchaseId));
    return accept(
        "refund",
        refund.refundId(),
        () -> intake.record(refund),
        () -> intake.processRefund(refund.refundId()));
  }

  /** Records an event in the inbox. */
  private interface Recording {
    /** True when the event is new, false when it was recorded before. */
    boolean record() throws SQLException;
  }

  /**
   * Records a checked event once and answers 202 with its id ({@code purchaseId}, {@code
   * refundId}), then processes it; an event recorded before is answered as a replay, without
   * processing it again.
   */
  private Response accept(String kind, String id, Recording recording, Runnable processing) {
    boolean fresh;
    try {
      fresh = recording.record();
    } catch (SQLException | RuntimeException e) {
      return notRecorded(kind + " " + id, e);
    }
    if (!fresh) {
      return replayed(kind + " " + id);
    }
    processing.run();
    return Response.accepted(Map.of(kind + "Id", id, "status", "accepted")).build();
  }

  private static Response replayed(String event) {
    return Problem.of(
        Response.Status.CONFLICT,
        Problem.REPLAYED,
        "Already received",
        "The " + event + " was received before; it is not applied again.");
  }

  private static Response notRecorded(String event, Exception e) {
    LOG.log(Level.SEVERE, "Could not record " + event, e);
    return Problem.of(
        Response.Status.SERVICE_UNAVAILABLE,
        Problem.UNAVAILABLE,
        "Not recorded",
        "The " + event + " could not be recorded; send it again.");
  }
}
