package dev.cashback.plugin.application.wallet;

import dev.cashback.plugin.api.CashbackWallet;
import dev.cashback.plugin.api.InsufficientCashbackException;
import dev.cashback.plugin.application.shared.HostEntry;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** The host's checkout spending cashback, through the same locked wallet as every other move. */
@ApplicationScoped
@HostEntry
public class HostCashbackWallet implements CashbackWallet {

  @Inject Wallets wallets;

  @Override
  public BigDecimal available(String userId, String currency) {
    return wallets.available(userId, currency).amount();
  }

  @Override
  public BigDecimal spendUpTo(
      String userId, BigDecimal atMost, String currency, String purchaseId) {
    return wallets.spendUpTo(userId, Money.of(atMost, currency), purchaseId).amount();
  }

  @Override
  public void spend(String userId, BigDecimal amount, String currency, String purchaseId) {
    try {
      wallets.spend(userId, Money.of(amount, currency), purchaseId);
    } catch (BalanceTooLowException e) {
      throw new InsufficientCashbackException(e.available().amount());
    }
  }
}
