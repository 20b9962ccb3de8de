package dev.cashback.sample.lms.web;

import dev.cashback.plugin.api.CashbackQueries;
import dev.cashback.plugin.api.PurchaseCashback;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Purchases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The learner's payment history, with the cashback of each purchase. */
@Named
@RequestScoped
public class MyPurchases {

  @Inject Purchases purchases;
  @Inject CashbackQueries cashback;
  @Inject SecurityContext security;

  private List<Purchase> mine;

  public List<Purchase> getPurchases() {
    if (mine == null) {
      mine = purchases.of(security.getCallerPrincipal().getName());
    }
    return mine;
  }

  public PurchaseCashback cashbackOf(Purchase purchase) {
    return cashback.forPurchase(purchase.getId()).orElse(null);
  }
}
