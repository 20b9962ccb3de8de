package dev.cashback.plugin.application.wallet;

import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import dev.cashback.plugin.domain.wallet.SpendReturn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
   * Gives back cashback spent on a purchase that the host refunds: for a refund that names its
   * items, what {@code dueForItems} says should be back by now (what was spent on the lines
   * refunded so far, in proportion to their refunded part) less what earlier refunds returned;
   * otherwise in proportion to the cash refunded so far. With {@code cashPaid} refunded in total,
   * all that was spent is back. Each refund id returns once; never more than the ledger shows was
   * spent. A purchase paid wholly with cashback ({@code cashPaid} zero) is returned whole by its
   * first refund.
   */
  @Transactional
  public Money returnSpent(
      String refundId,
      String purchaseId,
      String userId,
      Money spent,
      Money cashPaid,
      Money cashRefunded,
      Money dueForItems) {
    Money zero = Money.zero(spent.currency());
    if (!spent.isPositive()) {
      return zero;
    }
    // Locked first: two refunds of one purchase then queue here instead of both returning it.
    LearnerWallet wallet = LearnerWallet.lock(ledger, userId, spent.currencyCode());
    if (ledger.hasSpendReturn(refundId)) {
      return zero;
    }
    // Never more than the ledger shows was spent, whatever the purchase event claims.
    spent = spent.min(ledger.spentOn(userId, purchaseId, spent.currencyCode()));
    BigDecimal refundedBefore = BigDecimal.ZERO;
    BigDecimal returnedBefore = BigDecimal.ZERO;
    for (SpendReturn earlier : ledger.spendReturns(purchaseId)) {
      refundedBefore = refundedBefore.add(earlier.getCashRefunded());
      returnedBefore = returnedBefore.add(earlier.getWalletReturned());
    }
    BigDecimal refundedNow = refundedBefore.add(cashRefunded.amount());
    boolean wholePurchaseRefunded =
        !cashPaid.isPositive() || refundedNow.compareTo(cashPaid.amount()) >= 0;
    Money left = spent.minus(Money.of(returnedBefore, spent.currency()));
    Money returning;
    if (wholePurchaseRefunded) {
      returning = left;
    } else if (dueForItems != null) {
      // The refunds name their items: what was spent on the lines refunded so far, less what
      // earlier refunds returned, never more than is left.
      returning = dueForItems.minus(Money.of(returnedBefore, spent.currency())).min(left);
    } else {
      Money target =
          Money.of(
                  spent
                      .amount()
                      .multiply(refundedNow)
                      .divide(cashPaid.amount(), 10, RoundingMode.DOWN),
                  spent.currency())
              .roundDownToMinorUnit();
      returning = target.minus(Money.of(returnedBefore, spent.currency()));
    }
    if (!returning.isPositive()) {
      returning = zero;
    }
    ledger.add(
        new SpendReturn(
            refundId, purchaseId, cashRefunded.amount(), returning.amount(), clock.now()));
    if (returning.isPositive()) {
      ledger.post(
          new Journal(JournalKind.SPEND_RETURN, null, purchaseId, clock.now())
              .move(
                  ledger.platformAccount(AccountKind.REDEEMED, spent.currencyCode()),
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
