package dev.cashback.plugin.application.payout;

import dev.cashback.plugin.api.PayoutInstruction;
import dev.cashback.plugin.api.PayoutProvider;
import dev.cashback.plugin.api.PayoutResult;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.Reasons;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutRepository;
import dev.cashback.plugin.domain.payout.PayoutStatus;
import dev.cashback.plugin.domain.shared.PlainText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The admin's side of payouts: approve (paid through the method's provider), reject (the money
 * returns to the learner's available balance), and reconcile payouts whose outcome is unknown. Each
 * payout is locked while it is decided, so two admins cannot decide it twice; above its currency's
 * amount in {@code cashback.payout.second-approval-above} (or in a currency not listed there) a
 * second, different admin must approve.
 */
@RequestScoped
@Transactional
public class PayoutDecisions {

  private static final Logger LOG = Logger.getLogger(PayoutDecisions.class.getName());

  @Inject CurrentUser caller;
  @Inject PayoutRepository payouts;
  @Inject PayoutProviders providers;
  @Inject PayoutSteps steps;

  @Inject CashbackConfig settings;

  public List<Payout> search(PayoutStatus status, String user, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    String prefix = user == null || user.isBlank() ? null : user.strip();
    return payouts.search(status, prefix, first, max);
  }

  public Payout payout(long id) {
    caller.require(CurrentUser.ADMIN);
    return payouts.find(id).orElseThrow(() -> new NotFoundException("There is no such payout."));
  }

  /** Whether a payout of this size, in its currency, needs two admins. */
  public boolean needsTwoApprovals(Payout payout) {
    return settings.payoutSecondApproval().needsTwoApprovals(payout.money());
  }

  /**
   * Approves: a first approval when two are needed, else pays through the provider with the admin's
   * reference (required for manual payouts). The provider is asked outside any transaction, between
   * the claim and the recording of its answer (see {@link PayoutSteps}).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Payout approve(long id, String reference) {
    String admin = caller.require(CurrentUser.ADMIN);
    String ref = reference == null ? null : reference(reference, "reference");
    Payout before = payout(id);
    Payout claimed = steps.claim(id, admin, needsTwoApprovals(before));
    if (claimed.getStatus() != PayoutStatus.UNKNOWN) {
      return claimed; // a first approval
    }
    PayoutResult result = pay(claimed, ref);
    Payout after = steps.outcome(id, admin, result);
    if (result.outcome() == PayoutResult.Outcome.FAILED) {
      throw new BusinessRuleException("reference", result.message());
    }
    return after;
  }

  /** Rejects an open payout with a reason; the money returns to the available balance. */
  public Payout reject(long id, String reason) {
    String admin = caller.require(CurrentUser.ADMIN);
    return steps.reject(id, admin, Reasons.required(reason));
  }

  /**
   * Settles a payout whose outcome was unknown, once the admin has found out: paid (with the
   * provider's reference) or not paid (the money returns).
   */
  public Payout reconcile(long id, boolean paid, String referenceOrReason) {
    String admin = caller.require(CurrentUser.ADMIN);
    return steps.reconcile(
        id,
        admin,
        paid,
        paid ? reference(referenceOrReason, "reason") : Reasons.required(referenceOrReason));
  }

  private PayoutResult pay(Payout payout, String reference) {
    PayoutProvider provider = providers.find(payout.getProvider()).orElse(null);
    if (provider == null) {
      return PayoutResult.failed("The provider of this payout is not installed.");
    }
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

  /** The provider's reference for a payment, as the admin gave it: plain text, stripped. */
  private static String reference(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "Give the payment's reference.");
    }
    String stripped = text.strip();
    if (stripped.length() > 200 || !PlainText.isPlain(stripped)) {
      throw new InvalidInputException(field, "Use plain text of at most 200 characters.");
    }
    return stripped;
  }
}
