package dev.cashback.plugin.application.ledger;

import dev.cashback.plugin.application.shared.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;

/**
 * The ledger check as a use case: run it, remember the run, and say when it last ran and what it
 * found. Admins read the last run and ask for a full run; the timer runs incremental ones, which
 * start from the last run that found nothing, so a violation stays reported until it is repaired.
 */
@ApplicationScoped
public class LedgerChecks {

  /**
   * How far before the last sound run an incremental run looks again: longer than any transaction
   * that writes the ledger lasts, so one that committed after that run had read is still examined.
   */
  static final Duration OVERLAP = Duration.ofHours(1);

  @Inject CurrentUser caller;
  @Inject LedgerInspector inspector;
  @Inject LedgerCheckLog log;

  /** The last run, whoever started it; for admins. */
  @Transactional
  public Optional<LedgerCheckRun> lastRun() {
    caller.require(CurrentUser.ADMIN);
    return log.latest();
  }

  /** A full run now, remembered as the admin's; for admins. */
  @Transactional
  public LedgerCheckRun runFull() {
    String admin = caller.require(CurrentUser.ADMIN);
    return run(LedgerCheckKind.FULL, admin);
  }

  /**
   * A run for the plugin's own callers (the timer, the tests' after-each check), who act for no
   * signed-in user: no role is checked, and the run is remembered as {@link
   * LedgerCheckRun#SYSTEM}'s. Pages and the API use {@link #runFull()}. An incremental run with no
   * sound run before it looks at everything.
   */
  @Transactional
  public LedgerCheckRun runUnattended(LedgerCheckKind kind) {
    return run(kind, LedgerCheckRun.SYSTEM);
  }

  private LedgerCheckRun run(LedgerCheckKind kind, String ranBy) {
    long started = System.nanoTime();
    LedgerFindings findings;
    LedgerCheckKind ran = kind;
    Optional<LedgerCheckRun> base =
        kind == LedgerCheckKind.INCREMENTAL ? log.latestSound() : Optional.empty();
    if (base.isPresent()) {
      findings =
          inspector.inspect(
              new LedgerScope(base.get().highWaterMark(), base.get().startedAt().minus(OVERLAP)));
    } else {
      findings = inspector.inspectAll();
      ran = LedgerCheckKind.FULL;
    }
    LedgerCheckRun run =
        LedgerCheckRun.of(
            ran, findings, Duration.ofNanos(System.nanoTime() - started).toMillis(), ranBy);
    log.record(run);
    return run;
  }
}
