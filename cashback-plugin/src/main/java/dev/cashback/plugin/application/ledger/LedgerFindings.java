package dev.cashback.plugin.application.ledger;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one examination of the ledger found.
 *
 * @param startedAt when it began, by the plugin's clock
 * @param highWaterMark the newest entry's id when it began: the next incremental run starts there
 * @param entries ledger entries examined
 * @param accounts balances compared with their entries
 * @param transactions cashback transactions compared with their entries
 * @param violations each broken invariant, described for people; empty when the ledger is sound
 */
public record LedgerFindings(
    OffsetDateTime startedAt,
    long highWaterMark,
    long entries,
    long accounts,
    long transactions,
    List<String> violations) {

  public LedgerFindings {
    violations = List.copyOf(violations);
  }
}
