package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.application.donation.Donations;
import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.notice.CashbackNotices;
import dev.cashback.plugin.application.shared.Metrics;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.accrual.Accrual;
import dev.cashback.plugin.domain.accrual.CashbackOrigin;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.accrual.PurchaseLine;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Cashback granted outside the purchase rules (a shop's conversion, an approved claim, a referral
 * bonus): one line from its own origin, with its terms recorded as the snapshot a rule leaves,
 * posted pending like every grant so it confirms, reverses and pays out the same way. The caller
 * decides the purchase key that makes it happen once.
 */
@ApplicationScoped
public class StandaloneGrants {

  @Inject CashbackTransactionRepository transactions;
  @Inject Ledger ledger;
  @Inject TimeSource clock;
  @Inject CashbackNotices notices;
  @Inject ChangeEvents events;
  @Inject Metrics metrics;
  @Inject Donations donations;

  /**
   * @param origin where the cashback comes from (not a rule)
   * @param terms what it is granted on (title, amount type and amount), recorded as the snapshot a
   *     rule leaves; it is not a stored rule and has no id
   * @param base what the cashback was computed on (a commission, a qualifying amount)
   * @param announce whether to mail the learner that cashback is pending
   * @param clickId the shop click it came from, or null
   */
  public record Grant(
      String purchaseId,
      String userId,
      String userName,
      PurchaseLine line,
      CashbackOrigin origin,
      CashbackRule terms,
      Money base,
      Money cashback,
      int confirmDays,
      boolean announce,
      String clickId) {}

  public CashbackTransaction grantPending(Grant grant) {
    OffsetDateTime now = clock.now();
    String currency = grant.cashback().currencyCode();
    PurchaseFacts facts =
        new PurchaseFacts(
            grant.purchaseId(),
            grant.userId(),
            grant.userName(),
            null,
            Set.of(),
            currency,
            now,
            List.of(grant.line()));
    CashbackTransaction tx =
        CashbackTransaction.pending(
            facts,
            new Accrual(grant.line(), grant.terms(), grant.base(), grant.cashback()),
            grant.origin(),
            now,
            now.plusDays(grant.confirmDays()));
    tx.donate(donations.shareOf(grant.userId()));
    if (grant.clickId() != null) {
      tx.cameFromClick(grant.clickId());
    }
    transactions.add(tx);
    LearnerWallet wallet = LearnerWallet.lockPending(ledger, grant.userId(), currency);
    if (grant.cashback().isPositive()) {
      ledger.post(
          new Journal(JournalKind.ACCRUAL, tx.getId(), grant.purchaseId(), now)
              .move(wallet.expense(), wallet.pending(), grant.cashback()));
    }
    metrics.granted(1);
    if (grant.announce()) {
      notices.cashbackPending(List.of(List.of(tx)));
      events.granted(List.of(tx));
    }
    return tx;
  }
}
