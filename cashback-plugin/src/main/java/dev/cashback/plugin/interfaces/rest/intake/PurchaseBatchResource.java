package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.application.intake.PostedEventChecks;
import dev.cashback.plugin.application.intake.PostedPurchase;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.infrastructure.intake.InboxWriter;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /purchases/batch}: up to {@value #MAX_PURCHASES} purchases in one signed request, for
 * hosts that sync orders from elsewhere or bring their history. Each purchase is checked and
 * applied on its own, exactly once: the answer says for each, in order, whether it was accepted, a
 * duplicate or refused with its problems, and a refused purchase never holds back the others. The
 * accepted ones are recorded together in one transaction and granted in the background.
 */
@Path("/purchases/batch")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Host intake",
    description = "Purchases, refunds and course progress signed by the host")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
public class PurchaseBatchResource {

  private static final Logger LOG = Logger.getLogger(PurchaseBatchResource.class.getName());

  /** Purchases in one batch. */
  static final int MAX_PURCHASES = 500;

  /** A batch's body: room for 500 ordinary orders. */
  static final int MAX_BATCH_BYTES = 2 * 1024 * 1024;

  @Inject SignedIntake intake;
  @Inject SignedBodies bodies;
  @Inject CashbackMetrics metrics;

  @POST
  @Operation(
      summary = "Up to 500 purchases at once; each accepted, a duplicate or refused on its own",
      description =
          "{\"purchases\": [...]}, each the JSON of a single signed purchase (with its total);"
              + " the whole body signed like a single purchase. 200 with one result per purchase.")
  @APIResponse(responseCode = "200", description = "One result per purchase, in order")
  public Response receive(@Context HttpHeaders headers, InputStream stream) throws IOException {
    SignedBodies.Signed signed = bodies.read(SignatureHeaders.of(headers), stream, MAX_BATCH_BYTES);
    if (signed.refusal() != null) {
      return signed.refusal();
    }
    List<String> posted = JsonBodies.elements(signed.body(), "purchases", MAX_PURCHASES);
    List<BatchOutcome> outcomes = new ArrayList<>();
    List<PurchaseCompleted> fresh = new ArrayList<>();
    List<Integer> freshAt = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < posted.size(); i++) {
      outcomes.add(null);
      try {
        PurchaseCompleted purchase =
            PostedEventChecks.purchase(
                JsonBodies.read(
                    posted.get(i).getBytes(StandardCharsets.UTF_8), PostedPurchase.class));
        if (!seen.add(purchase.purchaseId())) {
          outcomes.set(i, new BatchOutcome(i, purchase.purchaseId(), BatchOutcome.DUPLICATE, null));
        } else {
          fresh.add(purchase);
          freshAt.add(i);
        }
      } catch (InvalidInputException e) {
        outcomes.set(i, BatchOutcome.refused(i, idOf(posted.get(i)), e.fieldErrors()));
      }
    }
    InboxWriter.Recorded recorded;
    try {
      recorded =
          fresh.isEmpty() ? new InboxWriter.Recorded(Set.of(), Set.of()) : intake.recordAll(fresh);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not record a batch of " + fresh.size() + " purchases", e);
      return Problem.of(
          Response.Status.SERVICE_UNAVAILABLE,
          Problem.UNAVAILABLE,
          "Not recorded",
          "The batch could not be recorded; send it again (what was accepted before stays"
              + " accepted once).");
    }
    for (int k = 0; k < fresh.size(); k++) {
      String id = fresh.get(k).purchaseId();
      if (recorded.tooLarge().contains(id)) {
        outcomes.set(
            freshAt.get(k),
            BatchOutcome.refused(
                freshAt.get(k), id, Map.of("body", "The purchase is too large to store.")));
        continue;
      }
      boolean isNew = recorded.accepted().contains(id);
      outcomes.set(
          freshAt.get(k),
          new BatchOutcome(
              freshAt.get(k), id, isNew ? BatchOutcome.ACCEPTED : BatchOutcome.DUPLICATE, null));
      if (isNew) {
        metrics.purchaseReceived();
      }
    }
    if (!recorded.accepted().isEmpty()) {
      intake.process();
    }
    return Response.ok(BatchAnswer.of(outcomes)).build();
  }

  /** The purchase id of an element that could not be read, when it has a readable one. */
  static String idOf(String element) {
    return BatchAnswer.field(element, "purchaseId");
  }
}
