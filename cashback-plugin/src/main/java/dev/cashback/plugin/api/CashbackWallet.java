package dev.cashback.plugin.api;

import java.math.BigDecimal;

/**
 * A learner's cashback as a means of payment at the host's checkout. Call {@link #spend} inside the
 * transaction that stores the purchase: the debit and the purchase commit or roll back together,
 * and concurrent checkouts never take the balance below zero. Mark what was paid this way as {@link
 * PurchaseItem#paidFromWallet()}: it earns no cashback, and a refund of the purchase returns it to
 * the wallet in proportion.
 */
public interface CashbackWallet {

  /** What the user may spend now in this currency (zero when they have nothing). */
  BigDecimal available(String userId, String currency);

  /**
   * Takes {@code amount} from the user's available balance for the purchase {@code purchaseId}.
   *
   * @throws InsufficientCashbackException when the balance holds less; nothing is taken, and the
   *     caller's transaction is not marked for rollback
   */
  void spend(String userId, BigDecimal amount, String currency, String purchaseId);

  /**
   * Takes as much as the available balance covers, up to {@code atMost}, for the purchase; returns
   * what was taken (zero when nothing is available). Read and debit happen under one lock, so
   * concurrent checkouts each get what is really left.
   */
  BigDecimal spendUpTo(String userId, BigDecimal atMost, String currency, String purchaseId);
}
