package dev.cashback.plugin.application.review;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.Reasons;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The review queue as admins use it, on the page and over REST alike: what waits, the learner's
 * recent cashback beside it, and the decisions. Every call checks the admin role on the server.
 */
@RequestScoped
public class CashbackReviews {

  /** How much of a learner's recent cashback the queue shows beside a review. */
  public static final int RECENT = 10;

  @Inject CurrentUser caller;
  @Inject CashbackTransactionRepository transactions;
  @Inject ReviewDecisions decisions;

  /** Cashback waiting for review, oldest first. */
  public List<CashbackTransaction> waiting(int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return transactions.awaitingReview(first, max);
  }

  public long countWaiting() {
    caller.require(CurrentUser.ADMIN);
    return transactions.countAwaitingReview();
  }

  /** The learner's most recent cashback, newest first. */
  public List<CashbackTransaction> recentOf(String userId) {
    caller.require(CurrentUser.ADMIN);
    return transactions.search(TransactionFilter.none().forUser(userId), 0, RECENT);
  }

  public void approve(long transactionId) {
    decisions.approve(transactionId, caller.require(CurrentUser.ADMIN));
  }

  /** Declines with the reason the learner is sent. */
  public void decline(long transactionId, String reason) {
    String admin = caller.require(CurrentUser.ADMIN);
    decisions.decline(transactionId, Reasons.required(reason), admin);
  }
}
