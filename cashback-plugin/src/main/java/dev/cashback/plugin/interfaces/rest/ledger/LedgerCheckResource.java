package dev.cashback.plugin.interfaces.rest.ledger;

import dev.cashback.plugin.application.ledger.LedgerCheckRun;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ledger check (admins): when it last ran and what it found, and a full run on demand. */
@Path("/ledger-check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Ledger check",
    description = "The ledger's invariants recomputed from its entries, on a timer and on demand")
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class LedgerCheckResource {

  @Inject LedgerChecks checks;

  /**
   * One run of the ledger check: {@code kind} INCREMENTAL (what was written since the last sound
   * run, and every currency's sum) or FULL; {@code violations} lists at most 50 of {@code
   * violationCount}; {@code ranBy} is the admin who asked, or {@code system}.
   */
  public record LedgerCheckJson(
      OffsetDateTime startedAt,
      String kind,
      long durationMillis,
      long highWaterMark,
      long entriesExamined,
      long accountsExamined,
      long transactionsExamined,
      boolean sound,
      int violationCount,
      List<String> violations,
      String ranBy) {

    static LedgerCheckJson of(LedgerCheckRun run) {
      return new LedgerCheckJson(
          run.startedAt(),
          run.kind().name(),
          run.durationMillis(),
          run.highWaterMark(),
          run.entriesExamined(),
          run.accountsExamined(),
          run.transactionsExamined(),
          run.sound(),
          run.violationCount(),
          run.violations(),
          run.ranBy());
    }
  }

  @GET
  @Operation(summary = "The last run of the ledger check, by the timer or an admin")
  @APIResponse(
      responseCode = "200",
      description = "The last run",
      content = @Content(schema = @Schema(implementation = LedgerCheckJson.class)))
  @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
  public LedgerCheckJson last() {
    return checks
        .lastRun()
        .map(LedgerCheckJson::of)
        .orElseThrow(() -> new NotFoundException("The ledger check has not run yet."));
  }

  @POST
  @Operation(summary = "Check the whole ledger now and remember the run")
  @APIResponse(
      responseCode = "200",
      description = "The run just made; sound is false when it found violations",
      content = @Content(schema = @Schema(implementation = LedgerCheckJson.class)))
  public LedgerCheckJson runFull() {
    return LedgerCheckJson.of(checks.runFull());
  }
}
