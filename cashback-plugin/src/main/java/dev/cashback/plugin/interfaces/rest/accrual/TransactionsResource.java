package dev.cashback.plugin.interfaces.rest.accrual;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.interfaces.rest.shared.IdempotentCalls;
import dev.cashback.plugin.interfaces.rest.shared.JsonBodies;
import dev.cashback.plugin.interfaces.rest.shared.ListQuery;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cashback → Transaction over HTTP: admins see every transaction, instructors those on their own
 * courses; only admins refund.
 */
@Path("/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transactions", description = "Cashback transactions and admin refunds")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
@APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
@APIResponse(responseCode = "422", ref = ProblemResponses.BUSINESS_RULE)
public class TransactionsResource {

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackConfig settings;
  @Inject CurrentUser caller;
  @Inject IdempotentCalls idempotent;

  @GET
  @Operation(summary = "Transactions the filter selects, newest first, one page at a time")
  @APIResponse(
      responseCode = "200",
      description = "A page; next continues it",
      content = @Content(schema = @Schema(implementation = TransactionPage.class)))
  public TransactionPage list(@BeanParam ListQuery query) {
    int limit = query.limit();
    return TransactionPage.of(
        reports.transactionsAfter(query.filter(settings.zone()), query.cursor(), limit + 1), limit);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One transaction the caller may see")
  @APIResponse(
      responseCode = "200",
      description = "The transaction",
      content = @Content(schema = @Schema(implementation = TransactionJson.class)))
  public TransactionJson get(@PathParam("id") long id) {
    return TransactionJson.of(reports.visibleTransaction(id));
  }

  @POST
  @Path("/{id}/refunds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Refund cashback (all that is left when no amount is given), with a reason",
      description =
          "Moves money, so it takes an Idempotency-Key: the same key and body answer as the first"
              + " time without refunding again; the same key with another body is a conflict.")
  @APIResponse(
      responseCode = "201",
      description = "Refunded (or the first answer again, with Idempotent-Replayed: true)",
      content = @Content(schema = @Schema(implementation = RefundJson.class)))
  public Response refund(
      @PathParam("id") long id,
      @Parameter(description = "A unique key per intended refund", required = true)
          @HeaderParam(IdempotentCalls.HEADER)
          String key,
      byte[] body) {
    String admin = caller.require(CurrentUser.ADMIN);
    return idempotent.once(
        admin,
        key,
        "POST /transactions/" + id + "/refunds",
        body,
        () -> {
          Requests.Refund request = JsonBodies.read(body, Requests.Refund.class);
          Money refunded = this.admin.refund(id, request.amount(), request.reason());
          CashbackTransaction after = reports.transaction(id);
          return Response.status(Response.Status.CREATED)
              .entity(
                  new RefundJson(
                      id, refunded.amount(), after.getCurrency(), TransactionJson.of(after)))
              .build();
        });
  }

  /** What a refund took back, and the transaction as it now stands. */
  public record RefundJson(
      long transactionId, BigDecimal refunded, String currency, TransactionJson transaction) {}
}
