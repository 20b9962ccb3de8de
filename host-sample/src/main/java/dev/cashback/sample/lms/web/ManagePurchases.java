package dev.cashback.sample.lms.web;

import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Purchases;
import dev.cashback.sample.lms.service.Refunds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/** The admin's list of purchases, with the Refund action. */
@Named
@ViewScoped
public class ManagePurchases implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Purchases purchases;
  @Inject Refunds refunds;
  @Inject SecurityContext security;

  private List<Purchase> all;
  private Purchase selected;
  private String reason;

  public List<Purchase> getPurchases() {
    if (all == null) {
      all = purchases.all();
    }
    return all;
  }

  public void refund() {
    if (!security.isCallerInRole("admin")) {
      Messages.error(
          Messages.text("adminPurchases.message.notAllowed.summary"),
          Messages.text("adminPurchases.message.notAllowed.detail"));
      return;
    }
    try {
      refunds.refund(selected.getId(), reason, security.getCallerPrincipal().getName());
      Messages.info(
          Messages.text("adminPurchases.message.refunded.summary"),
          Messages.text("adminPurchases.message.refunded.detail", selected.getCourse().getTitle()));
      all = null;
      reason = null;
    } catch (RuntimeException e) {
      Messages.error(Messages.text("adminPurchases.message.notRefunded.summary"), userMessage(e));
    }
  }

  private static String userMessage(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null
        && !(cause instanceof IllegalArgumentException || cause instanceof IllegalStateException)) {
      cause = cause.getCause();
    }
    return cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
        ? cause.getMessage()
        : Messages.text("adminPurchases.message.notRefunded.detail");
  }

  public Purchase getSelected() {
    return selected;
  }

  public void setSelected(Purchase selected) {
    this.selected = selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
