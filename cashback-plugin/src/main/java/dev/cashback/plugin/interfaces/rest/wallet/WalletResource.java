package dev.cashback.plugin.interfaces.rest.wallet;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.donation.Donations;
import dev.cashback.plugin.application.network.MissingCashbackClaims;
import dev.cashback.plugin.application.payout.PayoutRequests;
import dev.cashback.plugin.application.referral.ReferralReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import dev.cashback.plugin.interfaces.rest.accrual.TransactionPage;
import dev.cashback.plugin.interfaces.rest.network.NetworksResource;
import dev.cashback.plugin.interfaces.rest.payout.PayoutJson;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
  @Inject CashbackConfig settings;
  @Inject CurrentUser caller;
  @Inject PayoutRequests requests;
  @Inject MissingCashbackClaims claims;
  @Inject Donations donations;
  @Inject ReferralReports referrals;
  @Inject IdempotentCalls idempotent;
  @Inject Wallets wallets;

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

  /** One lot of available cashback: what became available at once, and when it expires. */
  public record LotJson(
      long id,
      String currency,
      BigDecimal amount,
      BigDecimal remaining,
      BigDecimal expired,
      OffsetDateTime availableSince,
      OffsetDateTime expiresAt,
      OffsetDateTime expiredAt,
      Long transactionId) {

    static LotJson of(CashbackLot lot) {
      return new LotJson(
          lot.getId(),
          lot.getCurrency(),
          lot.amount().amount(),
          lot.remaining().amount(),
          lot.expired().amount(),
          lot.getCreatedAt(),
          lot.getExpiresAt(),
          lot.getExpiredAt(),
          lot.getTransactionId());
    }
  }

  @GET
  @Path("/lots")
  @Operation(
      summary = "The learner's lots of available cashback, newest first",
      description =
          "Each amount that became available, what is left of it and when it expires (none:"
              + " never). Spends and payouts take from the lot that expires first.")
  @APIResponse(
      responseCode = "200",
      description = "The lots",
      content = @Content(schema = @Schema(implementation = LotJson[].class)))
  public List<LotJson> lots() {
    return wallets.lots(caller.require(CurrentUser.LEARNER)).stream().map(LotJson::of).toList();
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

  @GET
  @Path("/payouts")
  @Operation(summary = "The learner's own payouts, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The payouts",
      content = @Content(schema = @Schema(implementation = PayoutJson.PayoutView[].class)))
  public List<PayoutJson.PayoutView> myPayouts() {
    return requests.myPayouts().stream().map(PayoutJson.PayoutView::of).toList();
  }

  @POST
  @Path("/payouts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Request a payout: the amount leaves the available balance at once",
      description =
          "Between the method's minimum and the available balance; needs Idempotency-Key.")
  @APIResponse(
      responseCode = "201",
      description = "Requested",
      content = @Content(schema = @Schema(implementation = PayoutJson.PayoutView.class)))
  public Response request(@HeaderParam(IdempotentCalls.HEADER) String key, byte[] body) {
    String me = caller.require(CurrentUser.LEARNER);
    return idempotent.once(
        me,
        key,
        "POST /wallets/me/payouts",
        body,
        () -> {
          PayoutJson.Request request = JsonBodies.read(body, PayoutJson.Request.class);
          if (request.methodId() == null) {
            throw new InvalidInputException("method", "Choose a payout method.");
          }
          Payout payout = requests.request(request.methodId(), request.amount(), request.details());
          return Response.status(Response.Status.CREATED)
              .entity(PayoutJson.PayoutView.of(payout))
              .build();
        });
  }

  @GET
  @Path("/claims")
  @Operation(summary = "The learner's own missing-cashback claims")
  @APIResponse(
      responseCode = "200",
      description = "The claims",
      content = @Content(schema = @Schema(implementation = NetworksResource.ClaimJson[].class)))
  public List<NetworksResource.ClaimJson> myClaims() {
    return claims.myClaims().stream().map(NetworksResource.ClaimJson::of).toList();
  }

  @POST
  @Path("/claims")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Claim cashback a click of yours did not bring",
      description = "Within the configured days after the click, with the order id and amount.")
  @APIResponse(
      responseCode = "201",
      description = "Claimed",
      content = @Content(schema = @Schema(implementation = NetworksResource.ClaimJson.class)))
  public Response claim(ClaimRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "Send the click, the order id and the amount.");
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            NetworksResource.ClaimJson.of(
                claims.claim(
                    request.clickId(), request.orderId(), request.amount(), request.currency())))
        .build();
  }

  @GET
  @Path("/donation")
  @Operation(summary = "The learner's donation share, the cause and what they donated so far")
  @APIResponse(
      responseCode = "200",
      description = "The donation",
      content = @Content(schema = @Schema(implementation = DonationJson.class)))
  public DonationJson donation() {
    return DonationJson.of(donations.mine());
  }

  @PUT
  @Path("/donation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the share of each cashback to donate",
      description = "0 to 100 %, at most two decimals; applies to cashback granted from now on.")
  @APIResponse(
      responseCode = "200",
      description = "Saved",
      content = @Content(schema = @Schema(implementation = DonationJson.class)))
  public DonationJson chooseDonation(DonationRequest request) {
    if (request == null || request.sharePercent() == null) {
      throw new InvalidInputException("sharePercent", "Give a share from 0 to 100 %.");
    }
    return DonationJson.of(donations.choose(request.sharePercent()));
  }

  @GET
  @Path("/referrals")
  @Operation(
      summary = "The learner's referral code and the people who signed up with it",
      description =
          "Each referee's address is masked (an***@example.com); progress is their confirmed"
              + " purchases towards the qualifying amount.")
  @APIResponse(
      responseCode = "200",
      description = "The code and the referrals, the latest first",
      content = @Content(schema = @Schema(implementation = MyReferralsJson.class)))
  public MyReferralsJson myReferrals() {
    ReferralReports.MyReferrals mine = referrals.mine();
    return new MyReferralsJson(
        mine.code(), mine.referrals().stream().map(MyReferralJson::of).toList());
  }

  /** The learner's code to share and their referrals. */
  public record MyReferralsJson(String code, List<MyReferralJson> referrals) {}

  /** A referral of the learner's: the referee only as a masked address. */
  public record MyReferralJson(
      String referee,
      String status,
      OffsetDateTime joinedAt,
      OffsetDateTime qualifyUntil,
      BigDecimal confirmedPurchases,
      BigDecimal qualifyingAmount,
      String currency,
      BigDecimal referrerBonus) {

    static MyReferralJson of(ReferralReports.MyReferral r) {
      return new MyReferralJson(
          r.referee(),
          r.status().name(),
          r.joinedAt(),
          r.qualifyUntil(),
          r.confirmed().amount(),
          r.qualifyingAmount().amount(),
          r.qualifyingAmount().currencyCode(),
          r.referrerBonus().amount());
    }
  }

  /** A learner's donation choice. */
  public record DonationRequest(BigDecimal sharePercent) {}

  /** The learner's donation share, its cause, and what was donated per currency. */
  public record DonationJson(BigDecimal sharePercent, String cause, List<DonatedJson> donated) {

    static DonationJson of(Donations.ChooseDonation mine) {
      return new DonationJson(
          mine.sharePercent(),
          mine.cause(),
          mine.donated().stream().map(d -> new DonatedJson(d.currency(), d.amount())).toList());
    }
  }

  /** Donated in one currency. */
  public record DonatedJson(String currency, BigDecimal amount) {}

  /** A learner's claim. */
  public record ClaimRequest(String clickId, String orderId, BigDecimal amount, String currency) {}

  /** A learner's balances. */
  public record WalletJson(String userId, List<BalanceJson> balances) {}

  /** One currency of a wallet: held until confirmed, and ready to spend or withdraw. */
  public record BalanceJson(String currency, BigDecimal pending, BigDecimal available) {}
}
