package dev.cashback.plugin.interfaces.rest;

import dev.cashback.plugin.interfaces.rest.accrual.HistoryResource;
import dev.cashback.plugin.interfaces.rest.accrual.TransactionsResource;
import dev.cashback.plugin.interfaces.rest.event.WebhooksResource;
import dev.cashback.plugin.interfaces.rest.intake.ProgressIntakeResource;
import dev.cashback.plugin.interfaces.rest.intake.PurchaseBatchResource;
import dev.cashback.plugin.interfaces.rest.intake.PurchaseIntakeResource;
import dev.cashback.plugin.interfaces.rest.intake.RefundBatchResource;
import dev.cashback.plugin.interfaces.rest.intake.RefusedEventsResource;
import dev.cashback.plugin.interfaces.rest.ledger.LedgerCheckResource;
import dev.cashback.plugin.interfaces.rest.network.NetworksResource;
import dev.cashback.plugin.interfaces.rest.network.PostbackResource;
import dev.cashback.plugin.interfaces.rest.payout.PayoutsResource;
import dev.cashback.plugin.interfaces.rest.referral.ReferralsResource;
import dev.cashback.plugin.interfaces.rest.review.ReviewsResource;
import dev.cashback.plugin.interfaces.rest.rule.RulesResource;
import dev.cashback.plugin.interfaces.rest.shared.CsrfProtection;
import dev.cashback.plugin.interfaces.rest.shared.CsrfResource;
import dev.cashback.plugin.interfaces.rest.shared.Problem;
import dev.cashback.plugin.interfaces.rest.shared.ProblemMapper;
import dev.cashback.plugin.interfaces.rest.shared.TransactionalProblemMapper;
import dev.cashback.plugin.interfaces.rest.wallet.WalletResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The plugin's JAX-RS application. It names its classes, so it never picks up the host's own
 * resources, and the host's application never picks up these. The OpenAPI document's shared error
 * responses are declared here once and referred to by name from each resource.
 */
@ApplicationPath("/api/cashback/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cashback API",
            version = "1",
            description =
                "Rules, transactions, history and wallets of the cashback plugin, the ledger check,"
                    + " and the signed"
                    + " intake for hosts outside the JVM. Errors are application/problem+json"
                    + " (RFC 9457)."),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "InvalidInput",
                  responseCode = "400",
                  description = "Malformed or invalid input; errors names each field",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "NotSignedIn",
                  responseCode = "401",
                  description = "No caller, or a refused signature",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description = "The caller's role may not do this, or a cross-site request",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description = "No such resource, or one the caller may not see",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Conflict",
                  responseCode = "409",
                  description = "A reused Idempotency-Key, a replayed event or a concurrent change",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "BusinessRule",
                  responseCode = "422",
                  description = "Well formed, but a rule of the business refuses it",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
public class CashbackApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        PurchaseIntakeResource.class,
        ProgressIntakeResource.class,
        PurchaseBatchResource.class,
        RefundBatchResource.class,
        ReviewsResource.class,
        RulesResource.class,
        TransactionsResource.class,
        HistoryResource.class,
        WalletResource.class,
        PayoutsResource.class,
        NetworksResource.class,
        WebhooksResource.class,
        PostbackResource.class,
        RefusedEventsResource.class,
        ReferralsResource.class,
        LedgerCheckResource.class,
        CsrfResource.class,
        CsrfProtection.class,
        ProblemMapper.class,
        TransactionalProblemMapper.class);
  }
}
