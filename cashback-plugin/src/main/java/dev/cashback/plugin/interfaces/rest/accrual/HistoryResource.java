package dev.cashback.plugin.interfaces.rest.accrual;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.interfaces.rest.shared.ListQuery;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cashback → History over HTTP: per-learner summaries, and switching a learner's cashback. */
@Path("/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Cashback per learner; disable and enable")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
public class HistoryResource {

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackConfig settings;

  @GET
  @Operation(summary = "One row per learner and currency for the filter, largest cashback first")
  @APIResponse(
      responseCode = "200",
      description = "One row per learner and currency",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LearnerJson.class)))
  public List<LearnerJson> summary(@BeanParam ListQuery query) {
    List<LearnerSummary> rows = reports.learnerHistory(query.filter(settings.zone()));
    Set<String> disabled =
        reports.disabledAmong(rows.stream().map(LearnerSummary::userId).toList());
    return rows.stream().map(row -> LearnerJson.of(row, disabled.contains(row.userId()))).toList();
  }

  @POST
  @Path("/{userId}/disable")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stop all future cashback for a learner (audited with the reason)")
  @APIResponse(
      responseCode = "200",
      description = "Disabled",
      content = @Content(schema = @Schema(implementation = SwitchJson.class)))
  public SwitchJson disable(@PathParam("userId") String userId, Requests.Reason request) {
    admin.disableLearner(userId, request == null ? null : request.reason());
    return new SwitchJson(userId, true);
  }

  @POST
  @Path("/{userId}/enable")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Let a disabled learner earn cashback again (audited with the reason)")
  @APIResponse(
      responseCode = "200",
      description = "Enabled",
      content = @Content(schema = @Schema(implementation = SwitchJson.class)))
  public SwitchJson enable(@PathParam("userId") String userId, Requests.Reason request) {
    admin.enableLearner(userId, request == null ? null : request.reason());
    return new SwitchJson(userId, false);
  }

  /** A learner's row of the History page. */
  public record LearnerJson(
      String userId,
      String userName,
      String currency,
      BigDecimal totalPurchase,
      BigDecimal cashbackAmount,
      OffsetDateTime lastCashback,
      boolean cashbackDisabled) {

    static LearnerJson of(LearnerSummary s, boolean disabled) {
      return new LearnerJson(
          s.userId(),
          s.userName(),
          s.currency(),
          s.totalPurchase(),
          s.cashbackAmount(),
          s.lastCashback(),
          disabled);
    }
  }

  /** Whether a learner's cashback is now switched off. */
  public record SwitchJson(String userId, boolean cashbackDisabled) {}
}
