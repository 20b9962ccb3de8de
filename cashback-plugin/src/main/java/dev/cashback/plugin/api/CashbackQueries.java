package dev.cashback.plugin.api;

import java.util.Optional;

/** What a host may ask the plugin; inject it as a CDI bean. */
public interface CashbackQueries {

  /**
   * The cashback a purchase earned, or empty when it earned none (no matching rule, cashback
   * disabled) or has not been processed yet.
   */
  Optional<PurchaseCashback> forPurchase(String purchaseId);
}
