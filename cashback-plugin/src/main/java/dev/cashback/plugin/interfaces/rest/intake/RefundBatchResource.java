package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.intake.PostedEventChecks;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.infrastructure.intake.SignedIntake;
import dev.cashback.plugin.interfaces.rest.shared.JsonBodies;
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
 * {@code POST /purchases/refunds/batch}: up to {@value PurchaseBatchResource#MAX_PURCHASES} refunds
 * in one signed request, each naming its purchase. Each is checked and recorded on its own, once
 * per refund id, and reversed in the background; the answer says for each, in order, whether it was
 * accepted, a duplicate or refused with its problems.
 */
@Path("/purchases/refunds/batch")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Host intake",
    description = "Purchases, refunds and course progress signed by the host")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
public class RefundBatchResource {

  private static final Logger LOG = Logger.getLogger(RefundBatchResource.class.getName());

  @Inject SignedIntake intake;
  @Inject SignedBodies bodies;

  @POST
  @Operation(
      summary = "Up to 500 refunds at once; each accepted, a duplicate or refused on its own",
      description =
          "{\"refunds\": [...]}, each the JSON of PurchaseRefunded with its purchaseId; signed"
              + " like a purchase. 200 with one result per refund.")
  @APIResponse(responseCode = "200", description = "One result per refund, in order")
  public Response receive(@Context HttpHeaders headers, InputStream stream) throws IOException {
    SignedBodies.Signed signed =
        bodies.read(SignatureHeaders.of(headers), stream, PurchaseBatchResource.MAX_BATCH_BYTES);
    if (signed.refusal() != null) {
      return signed.refusal();
    }
    List<String> posted =
        JsonBodies.elements(signed.body(), "refunds", PurchaseBatchResource.MAX_PURCHASES);
    List<BatchOutcome> outcomes = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < posted.size(); i++) {
      outcomes.add(outcome(i, posted.get(i), seen, accepted));
    }
    intake.processRefunds(accepted);
    return Response.ok(BatchAnswer.of(outcomes)).build();
  }

  private BatchOutcome outcome(int i, String element, Set<String> seen, List<String> accepted) {
    PurchaseRefunded refund;
    try {
      refund = JsonBodies.read(element.getBytes(StandardCharsets.UTF_8), PurchaseRefunded.class);
      refund =
          PostedEventChecks.refund(
              refund.purchaseId(), refund, intake.purchaseCurrency(refund.purchaseId()));
    } catch (InvalidInputException e) {
      return BatchOutcome.refused(i, BatchAnswer.field(element, "refundId"), e.fieldErrors());
    }
    if (!seen.add(refund.refundId())) {
      return new BatchOutcome(i, refund.refundId(), BatchOutcome.DUPLICATE, null);
    }
    try {
      if (!intake.record(refund)) {
        return new BatchOutcome(i, refund.refundId(), BatchOutcome.DUPLICATE, null);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not record refund " + refund.refundId(), e);
      return BatchOutcome.refused(
          i, refund.refundId(), Map.of("body", "The refund could not be recorded; send it again."));
    }
    accepted.add(refund.refundId());
    return new BatchOutcome(i, refund.refundId(), BatchOutcome.ACCEPTED, null);
  }
}
