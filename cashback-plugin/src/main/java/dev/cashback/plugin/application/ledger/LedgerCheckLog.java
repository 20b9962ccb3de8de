package dev.cashback.plugin.application.ledger;

import java.util.Optional;

/** Port: the runs of the ledger check, kept for admins, the API and the health check. */
public interface LedgerCheckLog {

  void record(LedgerCheckRun run);

  /** The run that started last. */
  Optional<LedgerCheckRun> latest();

  /** The run that started last among those that found nothing wrong. */
  Optional<LedgerCheckRun> latestSound();
}
