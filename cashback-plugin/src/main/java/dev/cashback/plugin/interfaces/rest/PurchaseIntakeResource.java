package dev.cashback.plugin.interfaces.rest;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.intake.SignedIntake;
import dev.cashback.plugin.infrastructure.intake.WebhookSignature;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/cashback/v1/purchases}: a signed purchase from a host outside the JVM, with the
 * same JSON shape as {@link PurchaseCompleted}. The signature covers the raw body, so the body is
 * read as bytes before it is parsed. Answers 202 with {@code accepted} or {@code duplicate}.
 */
@Path("/purchases")
@RequestScoped
public class PurchaseIntakeResource {

  private static final Logger LOG = Logger.getLogger(PurchaseIntakeResource.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int MAX_BODY_BYTES = 256 * 1024;

  @Inject SignedIntake intake;
  @Inject CashbackClock clock;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response receive(
      @HeaderParam(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
      @HeaderParam(WebhookSignature.SIGNATURE_HEADER) String signature,
      byte[] body) {
    Optional<String> secret = intake.secret();
    if (secret.isEmpty()) {
      return Problem.of(
          Response.Status.SERVICE_UNAVAILABLE,
          "Intake closed",
          "No host secret is configured (cashback.webhook.secret).");
    }
    if (body.length > MAX_BODY_BYTES) {
      return Problem.of(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "Too large",
          "A purchase is at most " + MAX_BODY_BYTES + " bytes.");
    }
    String refused =
        WebhookSignature.problem(
            secret.get(), timestamp, signature, body, clock.now().toInstant(), intake.maxAge());
    if (refused != null) {
      return Problem.of(Response.Status.UNAUTHORIZED, "Signature refused", refused);
    }
    PurchaseCompleted purchase;
    try {
      purchase = JSON.fromJson(new String(body, StandardCharsets.UTF_8), PurchaseCompleted.class);
      if (purchase == null) {
        throw new JsonbException("empty body");
      }
    } catch (JsonbException | IllegalArgumentException e) {
      return Problem.of(Response.Status.BAD_REQUEST, "Invalid purchase", readable(e));
    }
    try {
      boolean fresh = intake.record(purchase);
      if (fresh) {
        intake.process();
      }
      return Response.accepted(
              Map.of(
                  "purchaseId", purchase.purchaseId(), "status", fresh ? "accepted" : "duplicate"))
          .type(MediaType.APPLICATION_JSON)
          .build();
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Could not record purchase " + purchase.purchaseId(), e);
      return Problem.of(
          Response.Status.SERVICE_UNAVAILABLE,
          "Not recorded",
          "The purchase could not be recorded; send it again.");
    }
  }

  /** The first message that explains the problem, without class names or stack traces. */
  private static String readable(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof IllegalArgumentException
        ? cause.getMessage()
        : "The body is not a purchase in JSON.";
  }
}
