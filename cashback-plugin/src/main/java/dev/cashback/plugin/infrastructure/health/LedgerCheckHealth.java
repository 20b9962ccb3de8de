package dev.cashback.plugin.infrastructure.health;

import dev.cashback.plugin.application.ledger.LedgerCheckLog;
import dev.cashback.plugin.application.ledger.LedgerCheckRun;
import dev.cashback.plugin.application.shared.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The last ledger check's result, as data of a readiness check of its own: when it ran, its kind,
 * what it examined and how many violations it found. It reads the recorded run and never runs a
 * check. It stays UP whatever was found: every node shares the one ledger, so a DOWN would take
 * them all out of the load balancer at once, and a restart (liveness) cures nothing in the data. An
 * operator who prefers no traffic to traffic on a broken ledger sets {@code
 * cashback.ledger-check.fail-readiness=true}. A database that cannot be read is the database
 * check's business; this one reports it as data only.
 */
@Readiness
@ApplicationScoped
public class LedgerCheckHealth implements HealthCheck {

  @Inject LedgerCheckLog log;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.LEDGER_CHECK_READINESS,
      defaultValue = ConfigKeys.LEDGER_CHECK_READINESS_DEFAULT)
  boolean failReadiness;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("cashback-ledger").up();
    Optional<LedgerCheckRun> last;
    try {
      last = log.latest();
    } catch (RuntimeException e) {
      return response.withData("ledgerCheck", "unreadable; see cashback-database").build();
    }
    if (last.isEmpty()) {
      return response.withData("ledgerCheck", "not run yet").build();
    }
    LedgerCheckRun run = last.get();
    response
        .withData("ledgerCheck", run.sound() ? "sound" : "violations found")
        .withData("lastRun", run.startedAt().toString())
        .withData("kind", run.kind().name())
        .withData("entriesExamined", run.entriesExamined())
        .withData("violations", run.violationCount());
    if (!run.sound() && failReadiness) {
      response.down();
    }
    return response.build();
  }
}
