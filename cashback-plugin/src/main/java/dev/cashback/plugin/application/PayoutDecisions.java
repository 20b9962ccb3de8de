package dev.cashback.plugin.application;

import dev.cashback.plugin.api.PayoutInstruction;
import dev.cashback.plugin.api.PayoutProvider;
import dev.cashback.plugin.api.PayoutResult;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutRepository;
import dev.cashback.plugin.domain.payout.PayoutStatus;
import dev.cashback.plugin.domain.shared.AuditEntry;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.domain.shared.PlainText;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin's side of payouts: approve (paid through the method's provider), reject (the money
 * returns to the learner's available balance), and reconcile payouts whose outcome is unknown. Each
 * payout is locked while it is decided, so two admins cannot decide it twice; above {@code
 * cashback.payout.second-approval-above} a second, different admin must approve.
 */
@RequestScoped
@Transactional
public class PayoutDecisions {

  private static final Logger LOG = Logger.getLogger(PayoutDecisions.class.getName());

  @Inject CurrentUser caller;
  @Inject PayoutRepository payouts;
  @Inject PayoutProviders providers;
  @Inject Ledger ledger;
  @Inject AuditLog audit;
  @Inject CashbackClock clock;
  @Inject CashbackNotices notices;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.PAYOUT_SECOND_APPROVAL_ABOVE,
      defaultValue = ConfigKeys.PAYOUT_SECOND_APPROVAL_ABOVE_DEFAULT)
  BigDecimal secondApprovalAbove;

  public List<Payout> search(PayoutStatus status, String user, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    String prefix = user == null || user.isBlank() ? null : user.strip();
    return payouts.search(status, prefix, first, max);
  }

  public Payout payout(long id) {
    caller.require(CurrentUser.ADMIN);
    return payouts.find(id).orElseThrow(() -> new NotFoundException("There is no such payout."));
  }

  /** Whether a payout of this size needs two admins. */
  public boolean needsTwoApprovals(Payout payout) {
    return payout.getAmount().compareTo(secondApprovalAbove) > 0;
  }

  /**
   * Approves: a first approval when two are needed, else pays through the provider with the admin's
   * reference (required for manual payouts).
   */
  public Payout approve(long id, String reference) {
    String admin = caller.require(CurrentUser.ADMIN);
    String ref = reference == null ? null : reference.strip();
    if (ref != null && (ref.length() > 200 || !PlainText.isPlain(ref))) {
      throw new InvalidInputException("reference", "Use plain text of at most 200 characters.");
    }
    Payout payout = locked(id);
    if (!payout.getStatus().isOpen()) {
      throw new BusinessRuleException("payout", "This payout is already " + label(payout) + ".");
    }
    if (needsTwoApprovals(payout) && payout.getStatus() == PayoutStatus.REQUESTED) {
      payout.approveFirst(admin);
      record(admin, "PAYOUT_FIRST_APPROVAL", payout, null);
      return payout;
    }
    if (payout.getStatus() == PayoutStatus.AWAITING_SECOND_APPROVAL
        && admin.equals(payout.getFirstApprovedBy())) {
      throw new BusinessRuleException(
          "payout", "You approved this payout first; a second, different admin must approve it.");
    }
    PayoutResult result = pay(payout, ref);
    switch (result.outcome()) {
      case PAID -> settle(payout, admin, result.reference());
      case FAILED -> throw new BusinessRuleException("reference", result.message());
      case UNKNOWN -> {
        payout.outcomeUnknown(admin, result.message(), clock.now());
        record(admin, "PAYOUT_OUTCOME_UNKNOWN", payout, result.message());
      }
    }
    return payout;
  }

  /** Rejects an open payout with a reason; the money returns to the available balance. */
  public Payout reject(long id, String reason) {
    String admin = caller.require(CurrentUser.ADMIN);
    String why = requiredReason(reason);
    Payout payout = locked(id);
    if (payout.getStatus().isFinal()) {
      throw new BusinessRuleException("payout", "This payout is already " + label(payout) + ".");
    }
    giveBack(payout, admin, why);
    return payout;
  }

  /**
   * Settles a payout whose outcome was unknown, once the admin has found out: paid (with the
   * provider's reference) or not paid (the money returns).
   */
  public Payout reconcile(long id, boolean paid, String referenceOrReason) {
    String admin = caller.require(CurrentUser.ADMIN);
    String text = requiredReason(referenceOrReason);
    Payout payout = locked(id);
    if (payout.getStatus() != PayoutStatus.UNKNOWN) {
      throw new BusinessRuleException(
          "payout", "Only a payout whose outcome is unknown is reconciled.");
    }
    if (paid) {
      settle(payout, admin, text);
    } else {
      giveBack(payout, admin, text);
    }
    return payout;
  }

  private PayoutResult pay(Payout payout, String reference) {
    PayoutProvider provider =
        providers
            .find(payout.getProvider())
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "payout", "The provider of this payout is not installed."));
    try {
      return provider.pay(
          new PayoutInstruction(
              payout.getId(),
              payout.getUserId(),
              payout.getMethodType().name(),
              payout.getAmount(),
              payout.getCurrency(),
              payout.getDetails(),
              reference));
    } catch (RuntimeException e) {
      // The provider may or may not have paid: never guess, hold it for reconciliation.
      LOG.log(Level.WARNING, "Payout " + payout.getId() + " provider failed", e);
      return PayoutResult.unknown("The provider gave no clear answer; check it before deciding.");
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
    record(admin, "PAYOUT_PAID", payout, reference);
    notices.payoutPaid(payout);
  }

  private void giveBack(Payout payout, String admin, String reason) {
    LearnerWallet wallet = LearnerWallet.lock(ledger, payout.getUserId(), payout.getCurrency());
    LedgerAccount withdrawing = withdrawing(payout);
    payout.rejected(admin, reason, clock.now());
    ledger.post(
        new Journal(JournalKind.PAYOUT_REJECTED, null, "payout:" + payout.getId(), clock.now())
            .move(withdrawing, wallet.available(), payout.money()));
    record(admin, "PAYOUT_REJECTED", payout, reason);
    notices.payoutRejected(payout);
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

  private static String requiredReason(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("reason", "Give a reason or reference.");
    }
    String stripped = text.strip();
    if (stripped.length() > 200 || !PlainText.isPlain(stripped)) {
      throw new InvalidInputException("reason", "Use plain text of at most 200 characters.");
    }
    return stripped;
  }

  private static String label(Payout payout) {
    return payout.getStatus().name().toLowerCase().replace('_', ' ');
  }

  private void record(String admin, String action, Payout payout, String reason) {
    audit.record(
        new AuditEntry(
            admin,
            action,
            "payout:" + payout.getId(),
            reason,
            payout.getUserId() + " " + payout.money() + " by " + payout.getMethodName(),
            clock.now()));
  }
}
