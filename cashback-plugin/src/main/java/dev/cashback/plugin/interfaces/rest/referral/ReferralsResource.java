package dev.cashback.plugin.interfaces.rest.referral;

import dev.cashback.plugin.application.referral.ReferralReports;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralStatus;
import dev.cashback.plugin.interfaces.rest.shared.ListQuery;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
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

/** Every referral with the referee's progress towards the bonuses (admins). */
@Path("/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Who signed up with whose code, and the bonuses")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class ReferralsResource {

  @Inject ReferralReports reports;

  /**
   * A referral as admins see it; {@code confirmedPurchases} is what the referee's confirmed
   * purchases within the qualifying days add up to, towards {@code qualifyingAmount}.
   */
  public record ReferralJson(
      String refereeId,
      String referrerId,
      String code,
      OffsetDateTime joinedAt,
      OffsetDateTime qualifyUntil,
      BigDecimal qualifyingAmount,
      String currency,
      BigDecimal joiningBonus,
      BigDecimal referrerBonus,
      String status,
      OffsetDateTime rewardedAt,
      BigDecimal confirmedPurchases) {

    static ReferralJson of(ReferralReports.Progress progress) {
      Referral r = progress.referral();
      return new ReferralJson(
          r.getRefereeId(),
          r.getReferrerId(),
          r.getCode(),
          r.getJoinedAt(),
          r.getQualifyUntil(),
          progress.qualifyingAmount().amount(),
          progress.amounts().currency(),
          progress.amounts().joining().amount(),
          progress.amounts().referrer().amount(),
          r.getStatus().name(),
          r.getRewardedAt(),
          progress.confirmed().amount());
    }
  }

  /** One page of referrals: {@code total} is how many the filter selects in all. */
  public record ReferralPage(List<ReferralJson> items, long total, int offset, int limit) {}

  @GET
  @Operation(summary = "Referrals, the latest sign-up first, by status and user")
  @APIResponse(
      responseCode = "200",
      description = "A page of referrals",
      content = @Content(schema = @Schema(implementation = ReferralPage.class)))
  public ReferralPage referrals(
      @Parameter(description = "WAITING, REWARDED or EXPIRED") @QueryParam("status") String status,
      @Parameter(description = "Start of the referee's or the referrer's id, any case")
          @QueryParam("user")
          String user,
      @Parameter(description = "Rows per page, 1 to 200 (default 50)") @QueryParam("limit")
          String limit,
      @Parameter(description = "Rows to skip (default 0)") @QueryParam("offset") String offset) {
    Map<String, String> errors = new LinkedHashMap<>();
    ReferralStatus wanted = ListQuery.choice(ReferralStatus.class, "status", status, errors);
    if (user != null && user.strip().length() > 100) {
      errors.put("user", "Keep the user within 100 characters.");
    }
    int rows = ListQuery.limit(limit, errors);
    int skip = ListQuery.offset(offset, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<ReferralJson> items =
        reports.search(wanted, user, skip, rows).stream().map(ReferralJson::of).toList();
    return new ReferralPage(items, reports.count(wanted, user), skip, rows);
  }
}
