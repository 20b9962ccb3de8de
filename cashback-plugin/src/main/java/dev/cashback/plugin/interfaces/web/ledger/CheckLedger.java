package dev.cashback.plugin.interfaces.web.ledger;

import dev.cashback.plugin.application.ledger.LedgerCheckRun;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The dashboard's Ledger check card: when the check last ran, its kind, what it examined and what
 * it found, and Run full check, which answers in the growl.
 */
@Named
@RequestScoped
public class CheckLedger {

  @Inject LedgerChecks checks;

  private LedgerCheckRun last;
  private boolean read;

  /** The last run, or null before the first. */
  public LedgerCheckRun getLast() {
    if (!read) {
      last = checks.lastRun().orElse(null);
      read = true;
    }
    return last;
  }

  public void runFull() {
    try {
      last = checks.runFull();
      read = true;
      if (last.sound()) {
        PageMessages.info("message.ledgerSound", last.entriesExamined());
      } else {
        PageMessages.warn("message.ledgerBroken", last.violationCount());
      }
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }
}
