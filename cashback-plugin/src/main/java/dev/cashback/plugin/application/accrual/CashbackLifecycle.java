package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.notice.CashbackNotices;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.Metrics;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.RefundFacts;
import dev.cashback.plugin.domain.accrual.Reversal;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Moves cashback through its life: confirmation after the hold, and reversal by refunds. Every move
 * locks the cashback transaction first and the learner's wallet second, so a confirmation racing a
 * refund ends in one consistent outcome whichever comes first, and each move posts one balanced
 * ledger journal.
 */
@ApplicationScoped
public class CashbackLifecycle {

  public static final String SYSTEM = "system";

  @Inject Metrics metrics;
  @Inject CashbackNotices notices;
  @Inject ChangeEvents events;
  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackRuleRepository rules;
  @Inject Ledger ledger;
  @Inject TimeSource clock;
  @Inject CashbackConfig settings;
  @Inject AuditLog audit;

  /** This bean through its proxy, so each confirmation runs in a transaction of its own. */
  @Inject CashbackLifecycle self;

  /**
   * Confirms pending cashback whose hold is over, up to {@code limit}; returns how many. Safe on
   * several nodes at once: each claims different rows.
   */
  @Transactional
  public int confirmDue(int limit) {
    OffsetDateTime now = clock.now();
    List<CashbackTransaction> due =
        transactions.claimDueForConfirmation(now, limit).stream()
            // Wallets are locked in one global order, so two nodes never deadlock on them.
            .sorted(
                Comparator.comparing(CashbackTransaction::getUserId)
                    .thenComparing(CashbackTransaction::getCurrency))
            .toList();
    due.forEach(tx -> confirm(tx, now));
    return due.size();
  }

  /**
   * Confirms one pending cashback now, whatever its hold (a network confirmed the sale, its learner
   * completed enough of the course, an admin approved it in review); true when this call confirmed
   * it, false when it was no longer pending or still waits for review.
   */
  @Transactional
  public boolean confirmNow(long transactionId) {
    CashbackTransaction tx =
        transactions
            .findForUpdate(transactionId)
            .orElseThrow(() -> new NotFoundException("There is no such cashback transaction."));
    if (tx.getStatus() != CashbackStatus.PENDING || tx.isAwaitingReview()) {
      return false;
    }
    confirm(tx, clock.now());
    return true;
  }

  /**
   * Confirms, each in a transaction of its own, the learner's pending cashback on the course that
   * the progress recorded so far confirms; returns how many this call confirmed. The confirmation
   * job finds any this misses (a node stopping right after the host's commit).
   */
  public int confirmReachedProgress(String userId, String courseId) {
    int confirmed = 0;
    for (long id : self.awaitingProgress(userId, courseId)) {
      if (self.confirmNow(id)) {
        confirmed++;
      }
    }
    return confirmed;
  }

  /** The ids of the learner's pending cashback on the course that its progress confirms. */
  @Transactional
  public List<Long> awaitingProgress(String userId, String courseId) {
    return transactions.awaitingProgress(userId, courseId);
  }

  /** Pending → available for one transaction, its wallet locked. */
  private void confirm(CashbackTransaction tx, OffsetDateTime now) {
    LearnerWallet wallet = LearnerWallet.lock(ledger, tx.getUserId(), tx.getCurrency());
    Money amount = tx.confirm(now);
    if (amount.isPositive()) {
      // The learner's chosen share goes to the cause; the rest becomes available.
      Money donated = tx.donateOnConfirmation(amount);
      Journal journal = new Journal(JournalKind.CONFIRMATION, tx.getId(), tx.getPurchaseId(), now);
      if (amount.compareTo(donated) > 0) {
        journal.move(wallet.pending(), wallet.available(), amount.minus(donated));
      }
      if (donated.isPositive()) {
        journal.move(
            wallet.pending(),
            ledger.platformAccount(AccountKind.DONATION, tx.getCurrency()),
            donated);
      }
      ledger.post(journal);
      notices.cashbackConfirmed(tx, amount);
      events.confirmed(tx, amount);
    }
  }

  /**
   * Reverses the cashback of a host refund, in proportion to what it paid back of each line and
   * from the amounts recorded at accrual; returns what it paid back per line (also recorded, so
   * later refunds of the same lines take only what is left). Applied at most once per refund id.
   */
  @Transactional
  public Map<Integer, Money> applyRefund(RefundFacts refund) {
    List<CashbackTransaction> granted = transactions.findByPurchaseForUpdate(refund.purchaseId());
    if (transactions.hasLineRefunds(refund.refundId())
        || transactions.hasReversalsFor(refund.refundId())) {
      return Map.of();
    }
    lockBudgetsOf(granted);
    Map<Integer, Money> perLine =
        refund.perLine(
            transactions.refundedByLine(refund.purchaseId(), refund.amount().currencyCode()));
    transactions.addLineRefunds(refund.refundId(), refund.purchaseId(), perLine);
    OffsetDateTime now = clock.now();
    for (CashbackTransaction tx : granted) {
      Money refunded = refundedOf(tx, refund, perLine);
      if (refunded.isPositive()) {
        LearnerWallet wallet = LearnerWallet.lock(ledger, tx.getUserId(), tx.getCurrency());
        CashbackStatus before = tx.getStatus();
        Money reversed = tx.refundPurchase(refunded, now);
        record(
            tx,
            before,
            reversed,
            wallet,
            refund.refundId(),
            refunded,
            refund.reason(),
            SYSTEM,
            now);
      }
    }
    return perLine;
  }

  /** An admin reverses {@code amount} of one cashback (all that is left when null). */
  @Transactional
  public Money refundByAdmin(long transactionId, Money amount, String reason, String admin) {
    CashbackTransaction tx =
        transactions
            .findForUpdate(transactionId)
            .orElseThrow(() -> new NotFoundException("There is no such cashback transaction."));
    Money wanted = amount == null ? tx.outstanding() : amount;
    if (!wanted.currencyCode().equals(tx.getCurrency())) {
      throw new IllegalArgumentException("This cashback is in " + tx.getCurrency() + ".");
    }
    OffsetDateTime now = clock.now();
    lockBudgetsOf(List.of(tx));
    LearnerWallet wallet = LearnerWallet.lock(ledger, tx.getUserId(), tx.getCurrency());
    CashbackStatus before = tx.getStatus();
    Money reversed = tx.reverseCashback(wanted, now);
    record(tx, before, reversed, wallet, null, Money.zero(reversed.currency()), reason, admin, now);
    audit.record(admin, AuditAction.CASHBACK_REFUNDED, tx.getId(), reason, reversed.toString());
    return reversed;
  }

  private void record(
      CashbackTransaction tx,
      CashbackStatus before,
      Money reversed,
      LearnerWallet wallet,
      String refundId,
      Money refundedPurchase,
      String reason,
      String actor,
      OffsetDateTime now) {
    if (!reversed.isPositive()) {
      return;
    }
    LedgerAccount from = before.isHeld() ? wallet.pending() : wallet.available();
    // Held cashback donated nothing yet; confirmed cashback gives back its donated share.
    Money fromCause =
        before.isHeld() ? Money.zero(reversed.currency()) : tx.reverseDonation(reversed);
    Money learnersPart = reversed.minus(fromCause);
    // What of this cashback expired in the wallet went back to the platform then: a refund does
    // not take it from the learner a second time.
    Money forgiven =
        before.isHeld()
            ? Money.zero(reversed.currency())
            : learnersPart.min(transactions.expiredNotForgiven(tx.getId(), tx.getCurrency()));
    Money taken =
        before.isHeld()
            ? reversed
            : settings
                .clawbackPolicy()
                .collectable(learnersPart.minus(forgiven), wallet.available().balance());
    JournalKind kind = before.isHeld() ? JournalKind.DECLINE : JournalKind.REVERSAL;
    Journal journal = new Journal(kind, tx.getId(), refundId == null ? "admin" : refundId, now);
    if (taken.isPositive()) {
      journal.move(from, wallet.expense(), taken);
    }
    if (fromCause.isPositive()) {
      journal.move(
          ledger.platformAccount(AccountKind.DONATION, tx.getCurrency()),
          wallet.expense(),
          fromCause);
    }
    if (!journal.isEmpty()) {
      ledger.post(journal);
    }
    metrics.reversed();
    transactions.add(
        new Reversal(
                tx.getId(),
                refundId,
                refundedPurchase.amount(),
                reversed.amount(),
                learnersPart.minus(taken).amount(),
                reason == null || reason.isBlank() ? "Refund" : reason,
                actor,
                now)
            .forgivingExpired(forgiven.amount()));
    if (tx.getRuleId() != null) {
      rules.releaseBudget(tx.getRuleId(), reversed);
    }
    notices.cashbackReversed(tx, reversed, reason, now);
    events.reversed(tx, reversed, reason);
  }

  /**
   * A reversal gives cashback back to its rule's budget while it holds the learner's wallet; the
   * budgeted rules are locked first (ascending ids), as grants lock them, so a refund and a grant
   * batch never wait for each other in a circle.
   */
  private void lockBudgetsOf(List<CashbackTransaction> reversing) {
    rules.lockBudgets(
        reversing.stream()
            .map(CashbackTransaction::getRuleId)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * What of this transaction's purchase price the refund paid back: its line's part, or for
   * cashback on the whole order the refunded amount (all lines' parts for an item refund). Cashback
   * on a whole order that left out the items its buyer teaches (they earn nothing on their own
   * courses) was computed on the other items only, so only the parts of the other items count.
   */
  private static Money refundedOf(
      CashbackTransaction tx, RefundFacts refund, Map<Integer, Money> perLine) {
    Money zero = Money.zero(refund.amount().currency());
    if (tx.getLineNo() != CashbackTransaction.WHOLE_ORDER) {
      return perLine.getOrDefault(tx.getLineNo(), zero);
    }
    if (tx.purchaseAmount().compareTo(refund.purchaseTotal()) < 0) {
      return refund.lines().stream()
          .filter(line -> !tx.getUserId().equals(line.instructorId()))
          .map(line -> perLine.getOrDefault(line.lineNo(), zero))
          .reduce(zero, Money::plus);
    }
    return refund.items().isEmpty()
        ? refund.amount()
        : perLine.values().stream().reduce(zero, Money::plus);
  }
}
