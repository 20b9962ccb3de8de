package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.notice.MailContent.Amount;
import dev.cashback.plugin.application.notice.MailContent.Day;
import dev.cashback.plugin.application.notice.MailContent.Donation;
import dev.cashback.plugin.application.notice.MailContent.Text;
import dev.cashback.plugin.application.notice.MailContent.Value;
import dev.cashback.plugin.application.notice.MailContent.Word;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the learner of each step by e-mail: cashback pending, confirmed, declined or reversed;
 * payout requested, paid or rejected. Each message is queued in the transaction of the change it
 * tells of, keyed so that it is queued once, and sent after commit by the outbox, in the language
 * of its recipient.
 */
@ApplicationScoped
public class CashbackNotices {

  @Inject NoticeOutbox outbox;
  @Inject CashbackConfig settings;

  /**
   * One message per purchase that earned cashback, one row per course: the transactions granted for
   * each purchase of a grant batch, queued together.
   */
  public void cashbackPending(Collection<List<CashbackTransaction>> grantedPerPurchase) {
    outbox.enqueueAll(
        grantedPerPurchase.stream().filter(g -> !g.isEmpty()).map(this::pendingMail).toList());
  }

  private QueuedMail pendingMail(List<CashbackTransaction> granted) {
    CashbackTransaction first = granted.get(0);
    Map<String, Value> rows = new LinkedHashMap<>();
    rows.put(productLabel(first), new Text(titles(granted)));
    rows.put("date", new Day(first.getPurchasedAt()));
    rows.put("purchaseAmount", amount(sum(granted, true)));
    rows.put("cashbackAmount", amount(sum(granted, false)));
    rows.put(
        "donationAmount",
        donation(
            granted.stream()
                .map(CashbackTransaction::expectedDonation)
                .reduce(Money::plus)
                .orElseThrow()));
    rows.put("status", new Word("status.pending"));
    rows.put("availableFrom", new Day(first.getConfirmAfter()));
    return written(
        "cashbackPending",
        "pending:" + first.getPurchaseId(),
        first.getUserId(),
        new Text(titles(granted)),
        new Day(first.getConfirmAfter()),
        rows);
  }

  public void cashbackConfirmed(CashbackTransaction tx, Money confirmed) {
    Map<String, Value> rows = transactionRows(tx, "status.confirmed");
    rows.put("cashbackAmount", amount(confirmed));
    send(
        "cashbackConfirmed",
        "confirmed:" + tx.getId(),
        tx.getUserId(),
        new Text(tx.getProductTitle()),
        new Day(tx.getConfirmedAt()),
        rows);
  }

  /** A decline (before confirmation) or a reversal (after), with what was taken back. */
  public void cashbackReversed(
      CashbackTransaction tx, Money reversed, String reason, OffsetDateTime at) {
    boolean declined = tx.getStatus().name().equals("DECLINED");
    Map<String, Value> rows = transactionRows(tx, declined ? "status.declined" : "status.reversed");
    rows.put("reversedAmount", amount(reversed));
    rows.put(
        "reason",
        reason == null || reason.isBlank() ? new Word("reason.refund") : new Text(reason));
    send(
        declined ? "cashbackDeclined" : "cashbackReversed",
        "reversed:"
            + tx.getId()
            + ":"
            + tx.getReversedAmount().stripTrailingZeros().toPlainString(),
        tx.getUserId(),
        new Text(tx.getProductTitle()),
        new Day(at),
        rows);
  }

  /** A lot of available cashback expires soon; keyed by lot and expiry, so sent once for each. */
  public void cashbackExpiring(CashbackLot lot) {
    Map<String, Value> rows = new LinkedHashMap<>();
    rows.put("amount", amount(lot.remaining()));
    rows.put("expiresOn", new Day(lot.getExpiresAt()));
    send(
        "cashbackExpiring",
        "cashback-expiring:" + lot.getId() + ":" + lot.getExpiresAt().toInstant(),
        lot.getUserId(),
        amount(lot.remaining()),
        new Day(lot.getExpiresAt()),
        rows);
  }

  public void payoutRequested(Payout payout) {
    Map<String, Value> rows = payoutRows(payout, "status.requested");
    rows.put("expectedBy", new Day(payout.getDueBy()));
    send(
        "payoutRequested",
        "payout-requested:" + payout.getId(),
        payout.getUserId(),
        new Text(payout.getMethodName()),
        amount(payout.money()),
        rows);
  }

  public void payoutPaid(Payout payout) {
    Map<String, Value> rows = payoutRows(payout, "status.paid");
    rows.put("reference", new Text(payout.getReference()));
    send(
        "payoutPaid",
        "payout-paid:" + payout.getId(),
        payout.getUserId(),
        new Text(payout.getMethodName()),
        new Day(payout.getDecidedAt()),
        rows);
  }

  public void payoutRejected(Payout payout) {
    Map<String, Value> rows = payoutRows(payout, "status.rejected");
    rows.put("reason", new Text(payout.getReason()));
    send(
        "payoutRejected",
        "payout-rejected:" + payout.getId(),
        payout.getUserId(),
        new Text(payout.getMethodName()),
        new Day(payout.getDecidedAt()),
        rows);
  }

  private Map<String, Value> transactionRows(CashbackTransaction tx, String status) {
    Map<String, Value> rows = new LinkedHashMap<>();
    rows.put(productLabel(tx), new Text(tx.getProductTitle()));
    rows.put("date", new Day(tx.getPurchasedAt()));
    rows.put("purchaseAmount", amount(tx.purchaseAmount()));
    rows.put("cashbackAmount", amount(tx.cashback()));
    rows.put("donationAmount", donation(tx.expectedDonation()));
    rows.put("status", new Word(status));
    return rows;
  }

  /** Courses are courses; a shop's conversion names its store, a referral its bonus. */
  private static String productLabel(CashbackTransaction tx) {
    return switch (String.valueOf(tx.getItemType())) {
      case "STORE" -> "store";
      case "REFERRAL" -> "bonus";
      default -> "course";
    };
  }

  /** The donated amount with the cause it goes to. */
  private Value donation(Money donated) {
    return new Donation(amount(donated), settings.donationCause());
  }

  private Map<String, Value> payoutRows(Payout payout, String status) {
    Map<String, Value> rows = new LinkedHashMap<>();
    rows.put("method", new Text(payout.getMethodName()));
    rows.put("amount", amount(payout.money()));
    rows.put("date", new Day(payout.getRequestedAt()));
    rows.put("status", new Word(status));
    return rows;
  }

  /**
   * Queues the message written in the configured language; the sender writes it again in its
   * recipient's language (see {@link MailContent}).
   */
  private void send(
      String kind, String key, String userId, Value subject, Value intro, Map<String, Value> rows) {
    outbox.enqueueAll(List.of(written(kind, key, userId, subject, intro, rows)));
  }

  private QueuedMail written(
      String kind, String key, String userId, Value subject, Value intro, Map<String, Value> rows) {
    MailContent content = new MailContent(kind, subject, intro, rows);
    WrittenMail rendered =
        MailTemplates.in(settings.mailLanguage()).render(content, settings.zone());
    return new QueuedMail(
        kind, key, userId, rendered.subject(), rendered.text(), rendered.html(), content.toJson());
  }

  private static Amount amount(Money money) {
    return Amount.of(money);
  }

  private static String titles(List<CashbackTransaction> granted) {
    return granted.stream()
        .map(CashbackTransaction::getProductTitle)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static Money sum(List<CashbackTransaction> granted, boolean purchase) {
    Map<Integer, CashbackTransaction> perLine = new LinkedHashMap<>();
    granted.forEach(t -> perLine.putIfAbsent(t.getLineNo(), t));
    return (purchase ? perLine.values().stream() : granted.stream())
        .map(t -> purchase ? t.purchaseAmount() : t.cashback())
        .reduce(Money::plus)
        .orElseThrow();
  }
}
