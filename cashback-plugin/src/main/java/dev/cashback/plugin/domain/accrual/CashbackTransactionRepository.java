package dev.cashback.plugin.domain.accrual;

import java.util.List;

/** Where cashback transactions are kept; they are added, never deleted. */
public interface CashbackTransactionRepository {

  void add(CashbackTransaction transaction);

  List<CashbackTransaction> findByPurchase(String purchaseId);

  /** Newest first. */
  List<CashbackTransaction> findAll(int first, int max);

  long countAll();

  /** A learner's own cashback, newest first. */
  List<CashbackTransaction> findByUser(String userId);

  /** Cashback on the courses an instructor teaches, newest first. */
  List<CashbackTransaction> findByInstructor(String instructorId);

  /** One row per learner: totals and the date of their last cashback, largest first. */
  List<LearnerSummary> summarizeByLearner();
}
