package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the learner of each step by e-mail: cashback pending, confirmed, declined or reversed;
 * payout requested, paid or rejected. Each message is queued in the transaction of the change it
 * tells of, keyed so that it is queued once, and sent after commit by the outbox.
 */
@ApplicationScoped
public class CashbackNotices {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Inject NoticeOutbox outbox;
  @Inject CashbackConfig settings;

  /** One message per purchase that earned cashback, one row per course. */
  public void cashbackPending(List<CashbackTransaction> granted) {
    if (granted.isEmpty()) {
      return;
    }
    CashbackTransaction first = granted.get(0);
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(productLabel(first), titles(granted));
    rows.put("date", day(first.getPurchasedAt()));
    rows.put("purchaseAmount", show(sum(granted, true)));
    rows.put("cashbackAmount", show(sum(granted, false)));
    rows.put(
        "donationAmount",
        donation(
            granted.stream()
                .map(CashbackTransaction::expectedDonation)
                .reduce(Money::plus)
                .orElseThrow()));
    rows.put("status", "Pending");
    rows.put("availableFrom", day(first.getConfirmAfter()));
    send(
        "cashbackPending",
        "pending:" + first.getPurchaseId(),
        first.getUserId(),
        titles(granted),
        day(first.getConfirmAfter()),
        rows);
  }

  public void cashbackConfirmed(CashbackTransaction tx, Money confirmed) {
    Map<String, String> rows = transactionRows(tx, "Confirmed");
    rows.put("cashbackAmount", show(confirmed));
    send(
        "cashbackConfirmed",
        "confirmed:" + tx.getId(),
        tx.getUserId(),
        tx.getProductTitle(),
        day(tx.getConfirmedAt()),
        rows);
  }

  /** A decline (before confirmation) or a reversal (after), with what was taken back. */
  public void cashbackReversed(
      CashbackTransaction tx, Money reversed, String reason, OffsetDateTime at) {
    boolean declined = tx.getStatus().name().equals("DECLINED");
    Map<String, String> rows = transactionRows(tx, declined ? "Declined" : "Reversed");
    rows.put("reversedAmount", show(reversed));
    rows.put("reason", reason == null || reason.isBlank() ? "Refund" : reason);
    send(
        declined ? "cashbackDeclined" : "cashbackReversed",
        "reversed:"
            + tx.getId()
            + ":"
            + tx.getReversedAmount().stripTrailingZeros().toPlainString(),
        tx.getUserId(),
        tx.getProductTitle(),
        day(at),
        rows);
  }

  /** A lot of available cashback expires soon; keyed by lot and expiry, so sent once for each. */
  public void cashbackExpiring(CashbackLot lot) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("amount", show(lot.remaining()));
    rows.put("expiresOn", day(lot.getExpiresAt()));
    send(
        "cashbackExpiring",
        "cashback-expiring:" + lot.getId() + ":" + lot.getExpiresAt().toInstant(),
        lot.getUserId(),
        show(lot.remaining()),
        day(lot.getExpiresAt()),
        rows);
  }

  public void payoutRequested(Payout payout) {
    Map<String, String> rows = payoutRows(payout, "Requested");
    rows.put("expectedBy", day(payout.getDueBy()));
    send(
        "payoutRequested",
        "payout-requested:" + payout.getId(),
        payout.getUserId(),
        payout.getMethodName(),
        show(payout.money()),
        rows);
  }

  public void payoutPaid(Payout payout) {
    Map<String, String> rows = payoutRows(payout, "Paid");
    rows.put("reference", payout.getReference());
    send(
        "payoutPaid",
        "payout-paid:" + payout.getId(),
        payout.getUserId(),
        payout.getMethodName(),
        day(payout.getDecidedAt()),
        rows);
  }

  public void payoutRejected(Payout payout) {
    Map<String, String> rows = payoutRows(payout, "Rejected");
    rows.put("reason", payout.getReason());
    send(
        "payoutRejected",
        "payout-rejected:" + payout.getId(),
        payout.getUserId(),
        payout.getMethodName(),
        day(payout.getDecidedAt()),
        rows);
  }

  private Map<String, String> transactionRows(CashbackTransaction tx, String status) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(productLabel(tx), tx.getProductTitle());
    rows.put("date", day(tx.getPurchasedAt()));
    rows.put("purchaseAmount", show(tx.purchaseAmount()));
    rows.put("cashbackAmount", show(tx.cashback()));
    rows.put("donationAmount", donation(tx.expectedDonation()));
    rows.put("status", status);
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
  private String donation(Money donated) {
    return donated.isPositive() ? show(donated) + " to " + settings.donationCause() : show(donated);
  }

  private Map<String, String> payoutRows(Payout payout, String status) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("method", payout.getMethodName());
    rows.put("amount", show(payout.money()));
    rows.put("date", day(payout.getRequestedAt()));
    rows.put("status", status);
    return rows;
  }

  private void send(
      String kind,
      String key,
      String userId,
      String subjectArg,
      String introArg,
      Map<String, String> rows) {
    MailTemplates.Rendered mail = MailTemplates.render(kind, subjectArg, introArg, rows);
    outbox.enqueue(kind, key, userId, mail.subject(), mail.text(), mail.html());
  }

  /** An amount to its minor unit and currency code, e.g. "25.00 USD". */
  private static String show(Money money) {
    return money.roundDownToMinorUnit().toString();
  }

  private String day(OffsetDateTime at) {
    return at == null ? "" : at.atZoneSameInstant(settings.zone()).format(DAY);
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
