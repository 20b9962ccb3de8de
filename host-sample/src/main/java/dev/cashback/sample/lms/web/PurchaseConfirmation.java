package dev.cashback.sample.lms.web;

import dev.cashback.plugin.api.CashbackQueries;
import dev.cashback.plugin.api.PurchaseCashback;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Purchases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The receipt shown right after buying: what was bought and the cashback it earned. */
@Named
@RequestScoped
public class PurchaseConfirmation {

  @Inject Purchases purchases;
  @Inject CashbackQueries cashback;
  @Inject SecurityContext security;

  private String id;
  private Purchase purchase;
  private PurchaseCashback earned;

  public void load() {
    // Only the buyer sees their receipt; anyone else gets "not found", not someone else's data.
    purchase = purchases.ownedBy(id, security.getCallerPrincipal().getName()).orElse(null);
    earned = purchase == null ? null : cashback.forPurchase(purchase.getId()).orElse(null);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Purchase getPurchase() {
    return purchase;
  }

  public PurchaseCashback getEarned() {
    return earned;
  }
}
