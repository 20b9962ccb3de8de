package dev.cashback.plugin.application.accrual;

import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toSet;

import dev.cashback.plugin.application.donation.Donations;
import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.notice.CashbackNotices;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.Metrics;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.accrual.Accrual;
import dev.cashback.plugin.domain.accrual.AccrualCalculator;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.ConfirmationTerms;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.review.ReviewFinding;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Grants the cashback a purchase earns: applies the rules in force when it was made, then each
 * rule's monthly cap per learner and budget, and records a pending cashback transaction per grant
 * with its ledger journal (platform expense → learner's pending balance). The budgeted rules it
 * draws on are locked first (ascending ids), then the learner's wallet, so caps counted for one
 * learner never race and no two grants wait for each other in a circle. Granting the same purchase
 * twice returns what the first grant recorded.
 */
@ApplicationScoped
public class CashbackAccrual {

  private final AccrualCalculator calculator = new AccrualCalculator();

  @Inject Metrics metrics;
  @Inject CashbackNotices notices;
  @Inject ChangeEvents events;
  @Inject CashbackRuleRepository rules;
  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackSwitchRepository learners;
  @Inject Ledger ledger;
  @Inject TimeSource clock;
  @Inject CashbackConfig settings;
  @Inject Donations donations;
  @Inject ReviewChecks reviews;

  /** Grants one purchase: {@link #accrueAll} with a batch of one. */
  @Transactional
  public List<CashbackTransaction> accrue(PurchaseFacts bought) {
    return accrueAll(List.of(bought)).get(bought.purchaseId());
  }

  /**
   * Grants each of these purchases in the caller's transaction, and returns by purchase id what it
   * was granted, or what an earlier grant of it recorded. What every purchase needs to know is read
   * once for them all, before the first grant: which were granted already, whose cashback is
   * switched off, each learner's donation share, and the learners' pending accounts, locked
   * together (after the budgeted rules any of them may draw on, see {@link #lockBudgetsFor}). A
   * batch of 100 purchases thus makes four queries where it made five per purchase, and EclipseLink
   * no longer flushes the batch's rows before each purchase's queries.
   */
  @Transactional
  public Map<String, List<CashbackTransaction>> accrueAll(List<PurchaseFacts> purchases) {
    Map<String, List<CashbackTransaction>> result = new HashMap<>();
    if (purchases.isEmpty()) {
      return result;
    }
    // In learner order: wallets opened during the batch are locked in that order too.
    List<PurchaseFacts> ordered =
        purchases.stream().sorted(Comparator.comparing(PurchaseFacts::userId)).toList();
    lockBudgetsFor(ordered);
    Map<String, List<CashbackTransaction>> existing =
        transactions.findByPurchases(
            ordered.stream().map(PurchaseFacts::purchaseId).collect(toSet()));
    List<PurchaseFacts> fresh =
        ordered.stream().filter(p -> !existing.containsKey(p.purchaseId())).toList();
    SortedSet<String> buyers =
        fresh.stream().map(PurchaseFacts::userId).collect(toCollection(TreeSet::new));
    Set<String> disabled = learners.disabledAmong(buyers);
    buyers.removeAll(disabled);
    Map<String, BigDecimal> shares = donations.sharesOf(buyers);
    Map<String, LedgerAccount> pending = new HashMap<>();
    ledger
        .lockPendingAccounts(buyers, fresh.stream().map(PurchaseFacts::currency).collect(toSet()))
        .forEach(
            account ->
                pending.put(walletKey(account.getOwnerId(), account.getCurrency()), account));
    List<List<CashbackTransaction>> granted = new ArrayList<>();
    for (PurchaseFacts bought : ordered) {
      String id = bought.purchaseId();
      if (result.containsKey(id)) {
        continue; // named twice: granted once
      }
      if (existing.containsKey(id)) {
        result.put(id, existing.get(id));
      } else if (disabled.contains(bought.userId())) {
        result.put(id, List.of());
      } else {
        List<CashbackTransaction> grants = grant(bought, shares.get(bought.userId()), pending);
        result.put(id, grants);
        granted.add(grants);
      }
    }
    // The learners' e-mails in one statement: one per purchase took a round trip each.
    notices.cashbackPending(granted);
    return result;
  }

  private List<CashbackTransaction> grant(
      PurchaseFacts bought, BigDecimal donationShare, Map<String, LedgerAccount> pending) {
    PurchaseFacts purchase = reviews.eligible(bought);
    RuleIndex active = rules.findActive();
    Set<Long> spent = active.hasBudgets() ? rules.spentBudgets(purchase.currency()) : Set.of();
    List<Accrual> grants =
        calculator.accrue(
            purchase, active, settings.stacking(), rule -> spent.contains(rule.getId()));
    if (grants.isEmpty()) {
      return List.of();
    }
    // Budgeted rules before the wallet: the one lock order of every grant (see lockBudgetsFor).
    rules.lockBudgets(
        grants.stream()
            .map(Accrual::rule)
            .filter(rule -> rule.budget(purchase.currency()).isPresent())
            .map(CashbackRule::getId)
            .collect(Collectors.toCollection(TreeSet::new)));
    LearnerWallet wallet = wallet(purchase, pending);
    OffsetDateTime now = clock.now();
    List<Accrual> limited =
        withinLimits(purchase, grants).stream().filter(g -> g.cashback().isPositive()).toList();
    // Counted under the wallet's lock: this learner's purchases are checked one after the other.
    Optional<ReviewFinding> review =
        reviews.finding(purchase, limited.stream().map(Accrual::cashback).toList());
    List<CashbackTransaction> granted = new ArrayList<>();
    for (Accrual grant : limited) {
      ConfirmationTerms terms = confirmation(purchase, grant);
      CashbackTransaction tx =
          CashbackTransaction.pending(purchase, grant, now, terms.confirmAfter()).awaiting(terms);
      tx.donate(donationShare);
      review.ifPresent(tx::holdForReview);
      transactions.add(tx);
      ledger.post(
          new Journal(JournalKind.ACCRUAL, tx.getId(), purchase.purchaseId(), now)
              .move(wallet.expense(), wallet.pending(), grant.cashback()));
      granted.add(tx);
    }
    metrics.granted(granted.size());
    events.granted(granted);
    return granted;
  }

  /**
   * The learner's pending account in the purchase's currency, locked with the batch's; one not
   * opened yet is opened and locked now, after the batch's (the purchases come in learner order).
   */
  private LearnerWallet wallet(PurchaseFacts purchase, Map<String, LedgerAccount> pending) {
    String key = walletKey(purchase.userId(), purchase.currency());
    LedgerAccount locked = pending.get(key);
    if (locked == null) {
      LearnerWallet opened =
          LearnerWallet.lockPending(ledger, purchase.userId(), purchase.currency());
      pending.put(key, opened.pending());
      return opened;
    }
    return LearnerWallet.ofPending(
        locked, ledger.platformAccount(AccountKind.CASHBACK_EXPENSE, purchase.currency()));
  }

  private static String walletKey(String userId, String currency) {
    return userId + "/" + currency;
  }

  /**
   * Locks, in id order, every budgeted rule these purchases may draw on, before a grant batch takes
   * any learner's wallet. Without it a batch would lock a budgeted rule between two wallets, and
   * two batches meeting two rules in opposite orders would deadlock; with it every grant takes rule
   * rows first, in id order, then wallets.
   */
  private void lockBudgetsFor(List<PurchaseFacts> purchases) {
    RuleIndex active = rules.findActive();
    if (!active.hasBudgets()) {
      return;
    }
    SortedSet<Long> ids = new TreeSet<>();
    purchases.forEach(purchase -> ids.addAll(calculator.budgetedRulesFor(purchase, active)));
    rules.lockBudgets(ids);
  }

  private ConfirmationTerms confirmation(PurchaseFacts purchase, Accrual grant) {
    CashbackRule rule = grant.rule();
    int days = rule.getHoldDays() != null ? rule.getHoldDays() : settings.holdDays();
    return ConfirmationTerms.of(rule, purchase, grant.line(), days);
  }

  /** Each rule's grants, shrunk to its monthly cap for this learner and to its budget. */
  private List<Accrual> withinLimits(PurchaseFacts purchase, List<Accrual> grants) {
    Map<CashbackRule, List<Accrual>> byRule = new LinkedHashMap<>();
    grants.forEach(g -> byRule.computeIfAbsent(g.rule(), r -> new ArrayList<>()).add(g));
    List<Accrual> result = new ArrayList<>();
    for (Map.Entry<CashbackRule, List<Accrual>> entry : byRule.entrySet()) {
      CashbackRule rule = entry.getKey();
      List<Accrual> ruleGrants = entry.getValue();
      Optional<Money> cap = rule.monthlyCapPerUser(purchase.currency());
      if (cap.isPresent()) {
        Money left = cap.get().minus(grantedThisMonth(purchase, rule));
        ruleGrants = AccrualCalculator.limited(ruleGrants, left);
      }
      Money wanted = total(ruleGrants, purchase);
      if (wanted.isPositive() && rule.budget(purchase.currency()).isPresent()) {
        Money taken = rules.reserveBudget(rule, wanted);
        ruleGrants = AccrualCalculator.limited(ruleGrants, taken);
        Money unused = taken.minus(total(ruleGrants, purchase));
        if (unused.isPositive()) {
          rules.releaseBudget(rule.getId(), unused);
        }
      }
      result.addAll(ruleGrants);
    }
    return result;
  }

  private Money grantedThisMonth(PurchaseFacts purchase, CashbackRule rule) {
    ZonedDateTime monthStart =
        purchase
            .occurredAt()
            .atZoneSameInstant(settings.zone())
            .withDayOfMonth(1)
            .toLocalDate()
            .atStartOfDay(settings.zone());
    return transactions.grantedByRuleToUser(
        rule.getId(),
        purchase.userId(),
        purchase.currency(),
        monthStart.toOffsetDateTime(),
        monthStart.plusMonths(1).toOffsetDateTime());
  }

  private static Money total(List<Accrual> grants, PurchaseFacts purchase) {
    return grants.stream()
        .map(Accrual::cashback)
        .reduce(Money.zero(java.util.Currency.getInstance(purchase.currency())), Money::plus);
  }
}
