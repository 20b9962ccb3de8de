package dev.cashback.plugin.interfaces.web.payout;

import dev.cashback.plugin.application.payout.PayoutDecisions;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutStatus;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The admin's Payouts page: a filtered list, and Approve (with the payment's reference), Reject
 * (with a reason) and Reconcile (for payouts whose outcome is unknown) in dialogs.
 */
@Named
@ViewScoped
public class DecidePayouts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;

  @Inject PayoutDecisions decisions;
  @Inject CurrentUser caller;

  private PayoutStatus status;
  private String user;
  private Long selectedId;
  private String reference;
  private String reason;
  private boolean reconciledAsPaid = true;
  private transient List<Payout> payouts;

  public List<Payout> getPayouts() {
    if (payouts == null) {
      payouts = decisions.search(status, user, 0, SHOWN);
    }
    return payouts;
  }

  public List<PayoutStatus> getStatuses() {
    return List.of(PayoutStatus.values());
  }

  public boolean needsTwoApprovals(Payout payout) {
    return decisions.needsTwoApprovals(payout);
  }

  /**
   * Whether the payout is the signed-in admin's own: the page offers no decision on it (the server
   * refuses one anyway) and says another admin decides it.
   */
  public boolean isOwn(Payout payout) {
    return caller.id().map(payout.getUserId()::equals).orElse(false);
  }

  public void filter() {
    payouts = null;
  }

  public void reset() {
    status = null;
    user = null;
    payouts = null;
  }

  /** Opens a dialog for this payout with empty fields. */
  public void select(Payout payout) {
    selectedId = payout.getId();
    reference = null;
    reason = null;
    reconciledAsPaid = true;
  }

  public Payout getSelected() {
    return selectedId == null ? null : decisions.payout(selectedId);
  }

  public void approve() {
    decide(
        () -> {
          Payout payout = decisions.approve(selectedId, reference);
          PageMessages.info(
              payout.getStatus() == PayoutStatus.AWAITING_SECOND_APPROVAL
                  ? "message.payoutFirstApproval"
                  : payout.getStatus() == PayoutStatus.UNKNOWN
                      ? "message.payoutUnknown"
                      : "message.payoutPaid",
              payout.money().roundDownToMinorUnit().toString());
        },
        Map.of("reference", "approveForm:reference", "payout", "approveForm:reference"));
  }

  public void reject() {
    decide(
        () -> {
          Payout payout = decisions.reject(selectedId, reason);
          PageMessages.info(
              "message.payoutRejected", payout.money().roundDownToMinorUnit().toString());
        },
        Map.of("reason", "rejectForm:reason"));
  }

  public void reconcile() {
    decide(
        () -> {
          Payout payout = decisions.reconcile(selectedId, reconciledAsPaid, reference);
          PageMessages.info(
              reconciledAsPaid ? "message.payoutPaid" : "message.payoutRejected",
              payout.money().roundDownToMinorUnit().toString());
        },
        Map.of("reason", "reconcileForm:reference"));
  }

  private void decide(Runnable decision, Map<String, String> fieldIds) {
    try {
      decision.run();
      payouts = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, fieldIds);
    }
  }

  public PayoutStatus getStatus() {
    return status;
  }

  public void setStatus(PayoutStatus status) {
    this.status = status;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isReconciledAsPaid() {
    return reconciledAsPaid;
  }

  public void setReconciledAsPaid(boolean reconciledAsPaid) {
    this.reconciledAsPaid = reconciledAsPaid;
  }
}
