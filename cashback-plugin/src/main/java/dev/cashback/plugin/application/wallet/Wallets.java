package dev.cashback.plugin.application.wallet;

import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import dev.cashback.plugin.domain.wallet.SpendReturn;
import dev.cashback.plugin.domain.wallet.SpentCashback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A learner's balances, and spending from the available one. Spending locks the learner's wallet
 * and never takes the available balance below zero, however many spends race.
 */
@ApplicationScoped
public class Wallets {

  @Inject Ledger ledger;
  @Inject TimeSource clock;

  /**
   * What the learner may spend now, read without locking or opening accounts: for showing, say on a
   * course page. Spending itself checks again under the wallet's lock.
   */
  @Transactional
  public Money available(String userId, String currency) {
    return ledger.learnerAccounts(userId).stream()
        .filter(a -> a.getKind() == AccountKind.AVAILABLE && a.getCurrency().equals(currency))
        .map(LedgerAccount::balance)
        .findFirst()
        .orElse(Money.zero(java.util.Currency.getInstance(currency)));
  }

  /** The learner's lots of available cashback in every currency, newest first. */
  @Transactional
  public List<CashbackLot> lots(String userId) {
    return ledger.lots(userId);
  }

  /** The learner's pending and available balance in one currency. */
  @Transactional
  public Balances balances(String userId, String currency) {
    LearnerWallet wallet = LearnerWallet.lock(ledger, userId, currency);
    Money withdrawing =
        ledger.learnerAccounts(userId).stream()
            .filter(a -> a.getKind() == AccountKind.PAYOUT_PENDING)
            .filter(a -> a.getCurrency().equals(currency))
            .map(LedgerAccount::balance)
            .findFirst()
            .orElse(Money.zero(java.util.Currency.getInstance(currency)));
    return new Balances(wallet.pending().balance(), wallet.available().balance(), withdrawing);
  }

  /**
   * Takes {@code amount} from the available balance, or refuses if there is not enough. A refusal
   * writes nothing, so it leaves the caller's transaction (a host's checkout) usable.
   */
  @Transactional(dontRollbackOn = BalanceTooLowException.class)
  public void spend(String userId, Money amount, String reference) {
    if (!amount.isPositive()) {
      throw new InvalidInputException("amount", "The amount to spend must be more than zero.");
    }
    LearnerWallet wallet = LearnerWallet.lock(ledger, userId, amount.currencyCode());
    if (wallet.available().balance().compareTo(amount) < 0) {
      throw new BalanceTooLowException(wallet.available().balance(), amount);
    }
    LedgerAccount redeemed = ledger.platformAccount(AccountKind.REDEEMED, amount.currencyCode());
    ledger.post(
        new Journal(JournalKind.SPEND, null, reference, clock.now())
            .move(wallet.available(), redeemed, amount));
  }

  /**
   * Takes what the available balance covers, up to {@code atMost} (to the minor unit), under the
   * wallet's lock; returns what was taken.
   */
  @Transactional
  public Money spendUpTo(String userId, Money atMost, String reference) {
    if (!available(userId, atMost.currencyCode()).isPositive()) {
      // Nothing to spend: no lock, and no accounts opened in the middle of a checkout.
      return Money.zero(atMost.currency());
    }
    LearnerWallet wallet = LearnerWallet.lock(ledger, userId, atMost.currencyCode());
    Money available = wallet.available().balance();
    Money taking = (available.compareTo(atMost) < 0 ? available : atMost).roundDownToMinorUnit();
    if (taking.isPositive()) {
      ledger.post(
          new Journal(JournalKind.SPEND, null, reference, clock.now())
              .move(
                  wallet.available(),
                  ledger.platformAccount(AccountKind.REDEEMED, atMost.currencyCode()),
                  taking));
      return taking;
    }
    return Money.zero(atMost.currency());
  }

  /**
   * Gives back cashback spent on a purchase that the host refunds, as {@link SpentCashback} says:
   * cumulatively, so the purchase's refunds together return exactly what was spent. Each refund id
   * returns once; never more than the ledger shows was spent.
   */
  @Transactional
  public Money returnSpent(
      String refundId,
      String purchaseId,
      String userId,
      SpentCashback spending,
      SpentCashback.Refund refund) {
    Money zero = Money.zero(spending.spent().currency());
    if (!spending.spent().isPositive()) {
      return zero;
    }
    String currency = spending.spent().currencyCode();
    // Locked first: two refunds of one purchase then queue here instead of both returning it.
    LearnerWallet wallet = LearnerWallet.lock(ledger, userId, currency);
    if (ledger.hasSpendReturn(refundId)) {
      return zero;
    }
    // Never more than the ledger shows was spent, whatever the purchase event claims.
    Money returning =
        spending
            .atMost(ledger.spentOn(userId, purchaseId, currency))
            .toReturn(
                refund, SpentCashback.Earlier.of(ledger.spendReturns(purchaseId), zero.currency()));
    ledger.add(
        new SpendReturn(
            refundId, purchaseId, refund.cash().amount(), returning.amount(), clock.now()));
    if (returning.isPositive()) {
      ledger.post(
          new Journal(JournalKind.SPEND_RETURN, null, purchaseId, clock.now())
              .move(
                  ledger.platformAccount(AccountKind.REDEEMED, currency),
                  wallet.available(),
                  returning));
    }
    return returning;
  }

  /**
   * A learner's balances: held until confirmed, ready to spend or withdraw, and on the way out in
   * payouts not yet paid.
   */
  public record Balances(Money pending, Money available, Money withdrawing) {}
}
