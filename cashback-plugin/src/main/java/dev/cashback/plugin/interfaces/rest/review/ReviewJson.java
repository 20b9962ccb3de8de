package dev.cashback.plugin.interfaces.rest.review;

import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.interfaces.rest.accrual.TransactionJson;
import java.util.List;

/**
 * A cashback waiting for review: the limit it passed ({@code reason}, e.g. {@code
 * PURCHASES_PER_DAY}), what passed it in words, the cashback itself and its learner's most recent
 * cashback.
 */
public record ReviewJson(
    long transactionId,
    String reason,
    String detail,
    TransactionJson transaction,
    List<TransactionJson> recent) {

  static ReviewJson of(CashbackTransaction tx, List<CashbackTransaction> recent) {
    return new ReviewJson(
        tx.getId(),
        tx.getReviewReason().name(),
        tx.getReviewDetail(),
        TransactionJson.of(tx),
        recent.stream().map(TransactionJson::of).toList());
  }

  /** A decline's reason, sent to the learner. */
  public record Decline(String reason) {}
}
