package dev.cashback.plugin.application;

import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each role may read. Every method checks the caller's role itself, so a page or endpoint that
 * forgot its own check still leaks nothing: learners get their own cashback, instructors their own
 * courses', admins everything.
 */
@RequestScoped
@Transactional
public class CashbackReports {

  @Inject CurrentUser caller;
  @Inject CashbackRuleRepository rules;
  @Inject CashbackTransactionRepository transactions;

  public List<CashbackRule> allRules() {
    caller.require(CurrentUser.ADMIN);
    return rules.findAll();
  }

  public List<CashbackTransaction> allTransactions(int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return transactions.findAll(first, max);
  }

  public long countTransactions() {
    caller.require(CurrentUser.ADMIN);
    return transactions.countAll();
  }

  public List<LearnerSummary> learnerHistory() {
    caller.require(CurrentUser.ADMIN);
    return transactions.summarizeByLearner();
  }

  public List<CashbackTransaction> myCashback() {
    return transactions.findByUser(caller.require(CurrentUser.LEARNER));
  }

  /** Cashback in one status, summed per currency (ordered by currency code). */
  public static Map<String, Money> totals(
      List<CashbackTransaction> transactions, CashbackStatus status) {
    Map<String, Money> totals = new TreeMap<>();
    for (CashbackTransaction tx : transactions) {
      if (tx.getStatus() == status) {
        totals.merge(tx.getCurrency(), tx.cashback(), Money::plus);
      }
    }
    return totals;
  }

  public List<CashbackTransaction> myCoursesCashback() {
    return transactions.findByInstructor(caller.require(CurrentUser.INSTRUCTOR));
  }
}
