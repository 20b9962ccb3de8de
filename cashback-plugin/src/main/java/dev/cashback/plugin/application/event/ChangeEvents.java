package dev.cashback.plugin.application.event;

import dev.cashback.plugin.application.shared.Jsons;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralAmounts;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Tells the outside of every state change: cashback granted, confirmed, declined, reversed,
 * expired; payout requested, paid, rejected, unknown; referral rewarded; claim decided. Each is
 * written in the transaction of the change it tells of, so an event exists exactly when its change
 * committed. Amounts are strings to the currency's minor unit (rounded down), never floating point.
 */
@ApplicationScoped
public class ChangeEvents {

  @Inject EventOutbox outbox;

  public void granted(List<CashbackTransaction> granted) {
    granted.forEach(tx -> transaction(EventType.TRANSACTION_GRANTED, tx).publish());
  }

  public void confirmed(CashbackTransaction tx, Money confirmed) {
    Event event = transaction(EventType.TRANSACTION_CONFIRMED, tx);
    money(event.data, "confirmedAmount", confirmed);
    event.publish();
  }

  /** A decline (before confirmation) or a reversal (after), with what was taken back. */
  public void reversed(CashbackTransaction tx, Money reversed, String reason) {
    EventType type =
        tx.getStatus() == CashbackStatus.DECLINED
            ? EventType.TRANSACTION_DECLINED
            : EventType.TRANSACTION_REVERSED;
    Event event = transaction(type, tx);
    money(event.data, "reversedAmount", reversed);
    text(event.data, "reason", reason);
    event.publish();
  }

  /** What was left of an available lot went to the platform at its expiry. */
  public void expired(CashbackLot lot, Money expired, OffsetDateTime at) {
    Event event = new Event(EventType.CASHBACK_EXPIRED, "lot/" + lot.getId());
    event.data.add("lotId", lot.getId()).add("userId", lot.getUserId());
    money(event.data, "expiredAmount", expired);
    event.data.add("expiredAt", at.toString());
    event.publish();
  }

  public void payoutRequested(Payout payout) {
    payout(EventType.PAYOUT_REQUESTED, payout).publish();
  }

  public void payoutPaid(Payout payout) {
    Event event = payout(EventType.PAYOUT_PAID, payout);
    text(event.data, "reference", payout.getReference());
    event.publish();
  }

  public void payoutRejected(Payout payout) {
    Event event = payout(EventType.PAYOUT_REJECTED, payout);
    text(event.data, "reason", payout.getReason());
    event.publish();
  }

  /** The provider could not say whether it paid: an admin reconciles it. */
  public void payoutUnknown(Payout payout, String message) {
    Event event = payout(EventType.PAYOUT_UNKNOWN, payout);
    text(event.data, "message", message);
    event.publish();
  }

  public void referralRewarded(Referral referral, ReferralAmounts amounts) {
    Event event = new Event(EventType.REFERRAL_REWARDED, "referral/" + referral.getRefereeId());
    event
        .data
        .add("refereeId", referral.getRefereeId())
        .add("referrerId", referral.getReferrerId());
    money(event.data, "joiningBonus", amounts.joining());
    money(event.data, "referrerBonus", amounts.referrer());
    event.publish();
  }

  public void claimDecided(MissingCashbackClaim claim, boolean approved) {
    Event event =
        new Event(
            approved ? EventType.CLAIM_APPROVED : EventType.CLAIM_REJECTED,
            "claim/" + claim.getId());
    event
        .data
        .add("claimId", claim.getId())
        .add("userId", claim.getUserId())
        .add("orderId", claim.getOrderId());
    money(event.data, "orderAmount", Money.of(claim.getOrderAmount(), claim.getCurrency()));
    if (claim.getTransactionId() != null) {
      event.data.add("transactionId", claim.getTransactionId());
    }
    text(event.data, "reason", claim.getReason());
    event.publish();
  }

  private Event transaction(EventType type, CashbackTransaction tx) {
    Event event = new Event(type, "transaction/" + tx.getId());
    event
        .data
        .add("transactionId", tx.getId())
        .add("purchaseId", tx.getPurchaseId())
        .add("userId", tx.getUserId())
        .add("status", tx.getStatus().name())
        .add("product", tx.getProductTitle());
    text(event.data, "itemType", tx.getItemType());
    text(event.data, "targetId", tx.getTargetId());
    money(event.data, "purchaseAmount", tx.purchaseAmount());
    money(event.data, "cashbackAmount", tx.cashback());
    if (tx.getConfirmAfter() != null) {
      event.data.add("confirmAfter", tx.getConfirmAfter().toString());
    }
    if (tx.getConfirmAtProgress() != null) {
      event.data.add("confirmAtProgress", tx.getConfirmAtProgress());
    }
    return event;
  }

  private Event payout(EventType type, Payout payout) {
    Event event = new Event(type, "payout/" + payout.getId());
    event
        .data
        .add("payoutId", payout.getId())
        .add("userId", payout.getUserId())
        .add("method", payout.getMethodName())
        .add("status", payout.getStatus().name());
    money(event.data, "amount", payout.money());
    return event;
  }

  private static void money(JsonObjectBuilder data, String name, Money money) {
    Money shown = money.roundDownToMinorUnit();
    data.add(name, shown.amount().toPlainString()).add("currency", shown.currencyCode());
  }

  private static void text(JsonObjectBuilder data, String name, String value) {
    if (value != null) {
      data.add(name, value);
    }
  }

  /** One event being put together. */
  private final class Event {
    final EventType type;
    final String subject;
    final JsonObjectBuilder data = Jsons.object();

    Event(EventType type, String subject) {
      this.type = type;
      this.subject = subject;
    }

    void publish() {
      outbox.publish(type, subject, data.build());
    }
  }
}
