package dev.cashback.plugin.interfaces.web.review;

import dev.cashback.plugin.application.review.CashbackReviews;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Cashback → Review: who, what and which limit for each cashback waiting for review (oldest first,
 * one page at a time), the learner's recent cashback in a dialog, and Approve or Decline (with a
 * reason the learner is sent, in a dialog). A decision is taken once; an admin deciding what
 * another just decided is told so.
 */
@Named
@ViewScoped
public class ManageReviews implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReviews reviews;

  private final FilteredRows<CashbackTransaction> waiting =
      new FilteredRows<>(
          (first, max) -> reviews.waiting(first, max),
          () -> reviews.countWaiting(),
          row -> String.valueOf(row.getId()));

  private CashbackTransaction selected;
  private transient List<CashbackTransaction> recent;
  private String reason;

  public FilteredRows<CashbackTransaction> getWaiting() {
    return waiting;
  }

  /** Opens the learner's recent cashback beside this review. */
  public void show(CashbackTransaction tx) {
    selected = tx;
    recent = null;
  }

  /** Opens the decline dialog for this review. */
  public void startDecline(CashbackTransaction tx) {
    selected = tx;
    reason = null;
  }

  public void approve(CashbackTransaction tx) {
    try {
      reviews.approve(tx.getId());
      PageMessages.info("message.reviewApproved", tx.getUserName(), tx.getProductTitle());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void decline() {
    try {
      reviews.decline(selected.getId(), reason);
      PageMessages.info(
          "message.reviewDeclined", selected.getUserName(), selected.getProductTitle());
      PrimeFaces.current().executeScript("PF('declineDialog').hide()");
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("reason", "declineForm:reason"));
    }
  }

  public CashbackTransaction getSelected() {
    return selected;
  }

  /** The selected learner's most recent cashback, newest first. */
  public List<CashbackTransaction> getRecent() {
    if (recent == null) {
      recent = selected == null ? List.of() : reviews.recentOf(selected.getUserId());
    }
    return recent;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
