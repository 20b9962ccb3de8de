package dev.cashback.plugin.application.ledger;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One run of the ledger check as it is remembered.
 *
 * @param violationCount how many violations it found; {@code violations} keeps at most {@link
 *     #KEPT_VIOLATIONS} of them
 * @param ranBy the admin who asked for it, or {@link #SYSTEM} for the timer and the plugin itself
 */
public record LedgerCheckRun(
    OffsetDateTime startedAt,
    LedgerCheckKind kind,
    long durationMillis,
    long highWaterMark,
    long entriesExamined,
    long accountsExamined,
    long transactionsExamined,
    int violationCount,
    List<String> violations,
    String ranBy) {

  public static final String SYSTEM = "system";
  public static final int KEPT_VIOLATIONS = 50;

  public LedgerCheckRun {
    violations = List.copyOf(violations);
  }

  static LedgerCheckRun of(
      LedgerCheckKind kind, LedgerFindings findings, long durationMillis, String ranBy) {
    List<String> found = findings.violations();
    return new LedgerCheckRun(
        findings.startedAt(),
        kind,
        durationMillis,
        findings.highWaterMark(),
        findings.entries(),
        findings.accounts(),
        findings.transactions(),
        found.size(),
        found.subList(0, Math.min(found.size(), KEPT_VIOLATIONS)),
        ranBy);
  }

  /** Whether the run found nothing wrong. */
  public boolean sound() {
    return violationCount == 0;
  }
}
