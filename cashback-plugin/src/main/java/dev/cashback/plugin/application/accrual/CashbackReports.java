package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.NotSignedInException;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.accrual.CashbackStatistics;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.domain.accrual.TransactionCursor;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  @Inject Ledger ledger;
  @Inject CashbackSwitchRepository learners;
  @Inject CashbackStatistics statistics;

  public List<CashbackRule> allRules() {
    caller.require(CurrentUser.ADMIN);
    return rules.findAll();
  }

  /** Dashboard figures; for admins. */
  public CashbackStatistics statistics() {
    caller.require(CurrentUser.ADMIN);
    return statistics;
  }

  public CashbackRule rule(long id) {
    caller.require(CurrentUser.ADMIN);
    return rules.find(id).orElseThrow(() -> new NotFoundException("There is no such rule."));
  }

  /** Admins: any transactions the filter selects. */
  public List<CashbackTransaction> transactions(TransactionFilter filter, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return transactions.search(filter, first, max);
  }

  /**
   * At most this many are counted for a list's pages (50 pages of 20; beyond them the page says
   * "1000+" and a narrower filter or an export serves better). A count reads every entry it counts,
   * from the table where no index covers the filter: counting 10,000 of one learner's rows at a
   * million took 18 ms, more than the rest of the page, and would grow with the data up to the cap.
   */
  public static final int COUNT_LIMIT = 1_000;

  public long countTransactions(TransactionFilter filter) {
    caller.require(CurrentUser.ADMIN);
    return transactions.count(filter, COUNT_LIMIT);
  }

  /** Instructors: only cashback on their own courses, whatever the filter says. */
  public List<CashbackTransaction> myCoursesTransactions(
      TransactionFilter filter, int first, int max) {
    String me = caller.require(CurrentUser.INSTRUCTOR);
    return transactions.search(filter.forInstructor(me), first, max);
  }

  public long countMyCoursesTransactions(TransactionFilter filter) {
    String me = caller.require(CurrentUser.INSTRUCTOR);
    return transactions.count(filter.forInstructor(me), COUNT_LIMIT);
  }

  /**
   * A page of the transactions the caller may see, newest first, after a cursor: admins all that
   * the filter selects, instructors those on their own courses.
   */
  public List<CashbackTransaction> transactionsAfter(
      TransactionFilter filter, TransactionCursor after, int max) {
    if (caller.is(CurrentUser.ADMIN)) {
      caller.require(CurrentUser.ADMIN);
      return transactions.searchAfter(filter, after, max);
    }
    String me = caller.require(CurrentUser.INSTRUCTOR);
    return transactions.searchAfter(filter.forInstructor(me), after, max);
  }

  /** A page of the learner's own cashback, newest first, after a cursor. */
  public List<CashbackTransaction> myCashbackAfter(
      TransactionFilter filter, TransactionCursor after, int max) {
    String me = caller.require(CurrentUser.LEARNER);
    return transactions.searchAfter(filter.forUser(me), after, max);
  }

  /**
   * One transaction, if the caller may see it: admins any, instructors those on their courses,
   * learners their own. Any other is "not found", so ids cannot be probed.
   */
  public CashbackTransaction visibleTransaction(long id) {
    String me = caller.id().orElseThrow(NotSignedInException::new);
    CashbackTransaction found =
        transactions
            .find(id)
            .filter(
                t ->
                    caller.is(CurrentUser.ADMIN)
                        || (caller.is(CurrentUser.INSTRUCTOR) && me.equals(t.getInstructorId()))
                        || (caller.is(CurrentUser.LEARNER) && me.equals(t.getUserId())))
            .orElseThrow(() -> new NotFoundException("There is no such cashback transaction."));
    return found;
  }

  /** Admins: one cashback transaction. */
  public CashbackTransaction transaction(long id) {
    caller.require(CurrentUser.ADMIN);
    return transactions
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no such cashback transaction."));
  }

  /** How many learner rows a History list shows. */
  public static final int HISTORY_LIMIT = 1000;

  public List<LearnerSummary> learnerHistory(TransactionFilter filter) {
    return learnerHistory(filter, 0, HISTORY_LIMIT);
  }

  public long countLearnerHistory(TransactionFilter filter) {
    caller.require(CurrentUser.ADMIN);
    return transactions.countLearnerRows(filter);
  }

  /** Admins: a page of the History list (one row per learner and currency). */
  public List<LearnerSummary> learnerHistory(TransactionFilter filter, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return transactions.summarizeByLearner(filter, first, max);
  }

  /** Which of these learners have their cashback disabled; for admins. */
  public Set<String> disabledAmong(Collection<String> userIds) {
    caller.require(CurrentUser.ADMIN);
    return learners.disabledAmong(userIds);
  }

  public List<CashbackTransaction> myCashback() {
    return transactions.findByUser(caller.require(CurrentUser.LEARNER));
  }

  /** The learner's balances from the ledger, per currency (ordered by currency code). */
  /** The signed-in learner's lots of available cashback, newest first. */
  public List<CashbackLot> myLots() {
    return ledger.lots(caller.require(CurrentUser.LEARNER));
  }

  public Map<String, Wallets.Balances> myBalances() {
    String me = caller.require(CurrentUser.LEARNER);
    Map<String, Map<AccountKind, Money>> byCurrency = new TreeMap<>();
    for (LedgerAccount account : ledger.learnerAccounts(me)) {
      byCurrency
          .computeIfAbsent(account.getCurrency(), c -> new java.util.EnumMap<>(AccountKind.class))
          .put(account.getKind(), account.balance());
    }
    Map<String, Wallets.Balances> balances = new TreeMap<>();
    byCurrency.forEach(
        (currency, accounts) -> {
          Money zero = Money.zero(java.util.Currency.getInstance(currency));
          balances.put(
              currency,
              new Wallets.Balances(
                  accounts.getOrDefault(AccountKind.PENDING, zero),
                  accounts.getOrDefault(AccountKind.AVAILABLE, zero),
                  accounts.getOrDefault(AccountKind.PAYOUT_PENDING, zero)));
        });
    return balances;
  }
}
