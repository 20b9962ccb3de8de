package dev.cashback.plugin.interfaces.rest;

import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.application.CashbackSettings;
import dev.cashback.plugin.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in learner's own wallet. There is no wallet id in the path, so no learner can name
 * another's.
 */
@Path("/wallets/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet", description = "The signed-in learner's balances and cashback")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
public class WalletResource {

  @Inject CashbackReports reports;
  @Inject CashbackSettings settings;
  @Inject CurrentUser caller;

  @GET
  @Operation(summary = "Pending and available balance per currency, from the ledger")
  @APIResponse(
      responseCode = "200",
      description = "The balances",
      content = @Content(schema = @Schema(implementation = WalletJson.class)))
  public WalletJson wallet() {
    String me = caller.require(CurrentUser.LEARNER);
    List<BalanceJson> balances =
        reports.myBalances().entrySet().stream()
            .map(
                e ->
                    new BalanceJson(
                        e.getKey(),
                        e.getValue().pending().amount(),
                        e.getValue().available().amount()))
            .toList();
    return new WalletJson(me, balances);
  }

  @GET
  @Path("/transactions")
  @Operation(summary = "The learner's own cashback, newest first, with the Transaction filter")
  @APIResponse(
      responseCode = "200",
      description = "A page; next continues it",
      content = @Content(schema = @Schema(implementation = TransactionPage.class)))
  public TransactionPage transactions(@BeanParam ListQuery query) {
    int limit = query.limit();
    return TransactionPage.of(
        reports.myCashbackAfter(query.filter(settings.zone()), query.cursor(), limit + 1), limit);
  }

  /** A learner's balances. */
  public record WalletJson(String userId, List<BalanceJson> balances) {}

  /** One currency of a wallet: held until confirmed, and ready to spend or withdraw. */
  public record BalanceJson(String currency, BigDecimal pending, BigDecimal available) {}
}
