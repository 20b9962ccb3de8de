package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.review.LearnerActivity;
import dev.cashback.plugin.domain.shared.Money;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where cashback transactions are kept; they are added and moved on, never deleted. */
public interface CashbackTransactionRepository {

  void add(CashbackTransaction transaction);

  void add(Reversal reversal);

  /** Whether a host refund with this id has already reversed anything. */
  boolean hasReversalsFor(String refundId);

  /** What host refunds have paid back so far on each line of the purchase, by line number. */
  Map<Integer, Money> refundedByLine(String purchaseId, String currency);

  /** Whether the refund's lines were recorded already (it was applied). */
  boolean hasLineRefunds(String refundId);

  /** Records what the refund paid back on each line; kept, never changed. */
  void addLineRefunds(String refundId, String purchaseId, Map<Integer, Money> lines);

  List<CashbackTransaction> findByPurchase(String purchaseId);

  /** The transactions of any of these purchases, by purchase id, each in line order. */
  Map<String, List<CashbackTransaction>> findByPurchases(Collection<String> purchaseIds);

  /** The purchase's transactions, locked for the rest of the transaction, in id order. */
  List<CashbackTransaction> findByPurchaseForUpdate(String purchaseId);

  Optional<CashbackTransaction> findForUpdate(long id);

  /**
   * Pending transactions due for confirmation at {@code now} (their hold or refund window is over,
   * or their learner has completed enough of the course), locked; rows another node holds are
   * skipped rather than waited for.
   */
  List<CashbackTransaction> claimDueForConfirmation(OffsetDateTime now, int limit);

  /**
   * The ids of this learner's pending cashback on this course that the progress recorded so far
   * confirms, in id order; not locked.
   */
  List<Long> awaitingProgress(String userId, String courseId);

  /**
   * The learner's purchases that earned cashback from rules in this currency, and that cashback
   * (less reversals, declined excluded), for purchases made in a period.
   */
  LearnerActivity activity(String userId, String currency, OffsetDateTime from, OffsetDateTime to);

  /** Cashback waiting for an admin's review, oldest first. */
  List<CashbackTransaction> awaitingReview(int first, int max);

  long countAwaitingReview();

  /**
   * What a rule has granted a user (less reversals, declined excluded) for purchases in a period.
   */
  Money grantedByRuleToUser(
      long ruleId, String userId, String currency, OffsetDateTime from, OffsetDateTime to);

  /** Whether a rule was ever used to grant cashback. */
  boolean anyFromRule(long ruleId);

  /** A page of the transactions the filter selects, newest first. */
  List<CashbackTransaction> search(TransactionFilter filter, int first, int max);

  /**
   * The next page after {@code after} (the first page when null) of the transactions the filter
   * selects, newest first.
   */
  List<CashbackTransaction> searchAfter(TransactionFilter filter, TransactionCursor after, int max);

  /** How many the filter selects, counting no further than {@code atMost}. */
  long count(TransactionFilter filter, int atMost);

  Optional<CashbackTransaction> find(long id);

  /** A learner's own cashback, newest first. */
  List<CashbackTransaction> findByUser(String userId);

  /**
   * One row per learner and currency for the learners and period the filter selects: totals and the
   * date of their last cashback, largest first (then by learner and currency, so pages follow on).
   */
  List<LearnerSummary> summarizeByLearner(TransactionFilter filter, int first, int max);

  /** How many rows {@link #summarizeByLearner} has for the filter: learners and currencies. */
  long countLearnerRows(TransactionFilter filter);

  /** The name the user's latest cashback was recorded under, if any. */
  Optional<String> latestUserName(String userId);

  /**
   * A user's confirmed purchases in a currency made from {@code from} to {@code until}, less what
   * the host refunded of them: each purchase line once (several rules may have paid cashback on one
   * line; an order-wide cashback counts only when its order has no per-line one). Lines reversed
   * after confirmation count for what was not refunded; declined ones and those of {@code
   * excludedItemType} do not count.
   */
  Money keptConfirmedPurchases(
      String userId,
      String currency,
      String excludedItemType,
      OffsetDateTime from,
      OffsetDateTime until);

  /** Whether the user has cashback in the currency on hold for a purchase made in the period. */
  boolean hasPendingPurchasedBetween(
      String userId, String currency, OffsetDateTime from, OffsetDateTime until);

  /**
   * What of this cashback expired in the learner's wallet and no reversal has let off yet: a refund
   * does not take it back a second time.
   */
  Money expiredNotForgiven(long transactionId, String currency);
}
