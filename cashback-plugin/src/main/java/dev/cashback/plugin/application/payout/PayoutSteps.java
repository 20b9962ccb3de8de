package dev.cashback.plugin.application.payout;

import dev.cashback.plugin.api.PayoutResult;
import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.notice.CashbackNotices;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutRepository;
import dev.cashback.plugin.domain.payout.PayoutStatus;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The changes a payout decision makes, each in its own transaction, with the payout row locked.
 * Paying is split around the provider call: the payout is marked as being paid and committed before
 * the provider is asked, and the answer is recorded after, so a failure between the two leaves it
 * UNKNOWN for an admin to reconcile, never open to be paid again. Callers check roles.
 */
@ApplicationScoped
public class PayoutSteps {

  @Inject PayoutRepository payouts;
  @Inject Ledger ledger;
  @Inject AuditLog audit;
  @Inject TimeSource clock;
  @Inject CashbackNotices notices;
  @Inject ChangeEvents events;

  /**
   * An admin's approval: a first approval when two are needed (returned as such), else the payout
   * is marked as being paid and returned for the provider.
   */
  @Transactional(TxType.REQUIRES_NEW)
  Payout claim(long id, String admin, boolean needsTwo) {
    Payout payout = locked(id);
    notOwn(payout, admin);
    if (!payout.getStatus().isOpen()) {
      throw new BusinessRuleException("payout", "This payout is already " + label(payout) + ".");
    }
    if (needsTwo && payout.getStatus() == PayoutStatus.REQUESTED) {
      payout.approveFirst(admin);
      audit.record(admin, AuditAction.PAYOUT_FIRST_APPROVAL, payout.getId(), null, about(payout));
      return payout;
    }
    if (admin.equals(payout.getFirstApprovedBy())) {
      throw new BusinessRuleException(
          "payout", "You approved this payout first; a second, different admin must approve it.");
    }
    payout.sending(admin, clock.now());
    audit.record(admin, AuditAction.PAYOUT_SENT, payout.getId(), null, about(payout));
    return payout;
  }

  /** What the provider answered: paid, not paid (open again) or unknown (held). */
  @Transactional(TxType.REQUIRES_NEW)
  Payout outcome(long id, String admin, PayoutResult result) {
    Payout payout = locked(id);
    if (payout.getStatus() != PayoutStatus.UNKNOWN) {
      return payout; // reconciled by an admin meanwhile
    }
    switch (result.outcome()) {
      case PAID -> settle(payout, admin, result.reference());
      case FAILED -> {
        payout.reopen();
        audit.record(
            admin, AuditAction.PAYOUT_NOT_MADE, payout.getId(), result.message(), about(payout));
      }
      case UNKNOWN -> {
        payout.outcomeUnknown(result.message());
        events.payoutUnknown(payout, result.message());
        audit.record(
            admin,
            AuditAction.PAYOUT_OUTCOME_UNKNOWN,
            payout.getId(),
            result.message(),
            about(payout));
      }
    }
    return payout;
  }

  @Transactional
  Payout reject(long id, String admin, String reason) {
    Payout payout = locked(id);
    notOwn(payout, admin);
    if (!payout.getStatus().isOpen()) {
      throw new BusinessRuleException(
          "payout",
          payout.getStatus() == PayoutStatus.UNKNOWN
              ? "Its outcome is unknown: reconcile it once you know whether it was paid."
              : "This payout is already " + label(payout) + ".");
    }
    giveBack(payout, admin, reason);
    return payout;
  }

  @Transactional
  Payout reconcile(long id, String admin, boolean paid, String text) {
    Payout payout = locked(id);
    notOwn(payout, admin);
    if (payout.getStatus() != PayoutStatus.UNKNOWN) {
      throw new BusinessRuleException(
          "payout", "Only a payout whose outcome is unknown is reconciled.");
    }
    if (paid && admin.equals(payout.getFirstApprovedBy())) {
      throw new BusinessRuleException(
          "payout", "You approved this payout first; a second, different admin must settle it.");
    }
    if (paid) {
      settle(payout, admin, text);
    } else {
      giveBack(payout, admin, text);
    }
    return payout;
  }

  /**
   * An admin who is also a learner decides none of their own payouts: approving pays them,
   * rejecting or reconciling settles their own money, and each needs a second pair of eyes.
   */
  private static void notOwn(Payout payout, String admin) {
    if (payout.getUserId().equals(admin)) {
      throw new BusinessRuleException("payout", "Another admin must decide your own payout.");
    }
  }

  private void settle(Payout payout, String admin, String reference) {
    LedgerAccount withdrawing = withdrawing(payout);
    payout.paid(admin, reference, clock.now());
    ledger.post(
        new Journal(JournalKind.PAYOUT_PAID, null, "payout:" + payout.getId(), clock.now())
            .move(
                withdrawing,
                ledger.platformAccount(AccountKind.PAID_OUT, payout.getCurrency()),
                payout.money()));
    audit.record(admin, AuditAction.PAYOUT_PAID, payout.getId(), reference, about(payout));
    notices.payoutPaid(payout);
    events.payoutPaid(payout);
  }

  private void giveBack(Payout payout, String admin, String reason) {
    LearnerWallet wallet = LearnerWallet.lock(ledger, payout.getUserId(), payout.getCurrency());
    LedgerAccount withdrawing = withdrawing(payout);
    payout.rejected(admin, reason, clock.now());
    ledger.post(
        new Journal(JournalKind.PAYOUT_REJECTED, null, "payout:" + payout.getId(), clock.now())
            .move(withdrawing, wallet.available(), payout.money()));
    audit.record(admin, AuditAction.PAYOUT_REJECTED, payout.getId(), reason, about(payout));
    notices.payoutRejected(payout);
    events.payoutRejected(payout);
  }

  private LedgerAccount withdrawing(Payout payout) {
    return ledger.learnerAccountForUpdate(
        payout.getUserId(), AccountKind.PAYOUT_PENDING, payout.getCurrency());
  }

  private Payout locked(long id) {
    return payouts
        .findForUpdate(id)
        .orElseThrow(() -> new NotFoundException("There is no such payout."));
  }

  private static String label(Payout payout) {
    return payout.getStatus().name().toLowerCase().replace('_', ' ');
  }

  /** What the audit trail says of a payout. */
  private static String about(Payout payout) {
    return payout.getUserId() + " " + payout.money() + " by " + payout.getMethodName();
  }
}
