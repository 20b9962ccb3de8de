package dev.cashback.plugin.interfaces.rest.network;

import dev.cashback.plugin.application.network.NetworkConversions;
import dev.cashback.plugin.domain.network.Postback;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Each affiliate network's postback. It is called by the network's servers, not by a user: the
 * network's own secret authenticates it, so no role is asked for and no session is involved.
 */
@Path("/networks/{code}/postback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks", description = "Affiliate networks, clicks and conversions")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
public class PostbackResource {

  @Inject NetworkConversions conversions;

  /** The learner's cashback for a conversion, as it now stands. */
  public record ConversionJson(
      long transactionId, String status, BigDecimal cashback, String currency) {}

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "A network reports a conversion, or its new status",
      description =
          "Form fields click_id, transaction_id, sale_amount, commission, currency, status"
              + " (pending, confirmed/approved, declined/rejected); the network's secret in"
              + " X-Network-Secret or the secret field. Repeats change nothing. The commission is"
              + " at most the sale amount. A transaction id already converted from another click"
              + " (or in another currency) is refused with 409, and every postback of a disabled"
              + " network with 422; both are kept for admins with the refused events (GET"
              + " /refused-events?kind=POSTBACK).")
  @APIResponse(
      responseCode = "200",
      description = "The cashback as it now stands",
      content = @Content(schema = @Schema(implementation = ConversionJson.class)))
  @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
  @APIResponse(responseCode = "422", ref = ProblemResponses.BUSINESS_RULE)
  public Response postback(
      @PathParam("code") String code,
      @HeaderParam("X-Network-Secret") String headerSecret,
      @FormParam("secret") String formSecret,
      @FormParam("click_id") String clickId,
      @FormParam("transaction_id") String transactionId,
      @FormParam("sale_amount") String saleAmount,
      @FormParam("commission") String commission,
      @FormParam("currency") String currency,
      @FormParam("status") String status) {
    NetworkConversions.Outcome outcome =
        conversions.apply(
            code,
            headerSecret != null ? headerSecret : formSecret,
            new Postback(clickId, transactionId, saleAmount, commission, currency, status));
    return Response.ok(
            new ConversionJson(
                outcome.transactionId(),
                outcome.status().name(),
                outcome.cashback().amount(),
                outcome.cashback().currencyCode()))
        .build();
  }
}
