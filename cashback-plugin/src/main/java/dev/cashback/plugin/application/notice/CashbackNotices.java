package dev.cashback.plugin.application.notice;

import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.MoneyFormat;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells the learner of each step by e-mail: cashback pending, confirmed, declined or reversed;
 * payout requested, paid or rejected. Each message is queued in the transaction of the change it
 * tells of, keyed so that it is queued once, and sent after commit by the outbox.
 */
@ApplicationScoped
public class CashbackNotices {

  @Inject NoticeOutbox outbox;
  @Inject CashbackConfig settings;
  @Inject RecipientLanguages languages;

  /** One message per purchase that earned cashback, one row per course. */
  public void cashbackPending(List<CashbackTransaction> granted) {
    if (granted.isEmpty()) {
      return;
    }
    CashbackTransaction first = granted.get(0);
    MailTemplates mail = templatesFor(first.getUserId());
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(productLabel(first), titles(granted));
    rows.put("date", day(mail, first.getPurchasedAt()));
    rows.put("purchaseAmount", show(mail, sum(granted, true)));
    rows.put("cashbackAmount", show(mail, sum(granted, false)));
    rows.put(
        "donationAmount",
        donation(
            mail,
            granted.stream()
                .map(CashbackTransaction::expectedDonation)
                .reduce(Money::plus)
                .orElseThrow()));
    rows.put("status", mail.word("status.pending"));
    rows.put("availableFrom", day(mail, first.getConfirmAfter()));
    send(
        mail,
        "cashbackPending",
        "pending:" + first.getPurchaseId(),
        first.getUserId(),
        titles(granted),
        day(mail, first.getConfirmAfter()),
        rows);
  }

  public void cashbackConfirmed(CashbackTransaction tx, Money confirmed) {
    MailTemplates mail = templatesFor(tx.getUserId());
    Map<String, String> rows = transactionRows(mail, tx, "status.confirmed");
    rows.put("cashbackAmount", show(mail, confirmed));
    send(
        mail,
        "cashbackConfirmed",
        "confirmed:" + tx.getId(),
        tx.getUserId(),
        tx.getProductTitle(),
        day(mail, tx.getConfirmedAt()),
        rows);
  }

  /** A decline (before confirmation) or a reversal (after), with what was taken back. */
  public void cashbackReversed(
      CashbackTransaction tx, Money reversed, String reason, OffsetDateTime at) {
    boolean declined = tx.getStatus().name().equals("DECLINED");
    MailTemplates mail = templatesFor(tx.getUserId());
    Map<String, String> rows =
        transactionRows(mail, tx, declined ? "status.declined" : "status.reversed");
    rows.put("reversedAmount", show(mail, reversed));
    rows.put("reason", reason == null || reason.isBlank() ? mail.word("reason.refund") : reason);
    send(
        mail,
        declined ? "cashbackDeclined" : "cashbackReversed",
        "reversed:"
            + tx.getId()
            + ":"
            + tx.getReversedAmount().stripTrailingZeros().toPlainString(),
        tx.getUserId(),
        tx.getProductTitle(),
        day(mail, at),
        rows);
  }

  /** A lot of available cashback expires soon; keyed by lot and expiry, so sent once for each. */
  public void cashbackExpiring(CashbackLot lot) {
    MailTemplates mail = templatesFor(lot.getUserId());
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("amount", show(mail, lot.remaining()));
    rows.put("expiresOn", day(mail, lot.getExpiresAt()));
    send(
        mail,
        "cashbackExpiring",
        "cashback-expiring:" + lot.getId() + ":" + lot.getExpiresAt().toInstant(),
        lot.getUserId(),
        show(mail, lot.remaining()),
        day(mail, lot.getExpiresAt()),
        rows);
  }

  public void payoutRequested(Payout payout) {
    MailTemplates mail = templatesFor(payout.getUserId());
    Map<String, String> rows = payoutRows(mail, payout, "status.requested");
    rows.put("expectedBy", day(mail, payout.getDueBy()));
    send(
        mail,
        "payoutRequested",
        "payout-requested:" + payout.getId(),
        payout.getUserId(),
        payout.getMethodName(),
        show(mail, payout.money()),
        rows);
  }

  public void payoutPaid(Payout payout) {
    MailTemplates mail = templatesFor(payout.getUserId());
    Map<String, String> rows = payoutRows(mail, payout, "status.paid");
    rows.put("reference", payout.getReference());
    send(
        mail,
        "payoutPaid",
        "payout-paid:" + payout.getId(),
        payout.getUserId(),
        payout.getMethodName(),
        day(mail, payout.getDecidedAt()),
        rows);
  }

  public void payoutRejected(Payout payout) {
    MailTemplates mail = templatesFor(payout.getUserId());
    Map<String, String> rows = payoutRows(mail, payout, "status.rejected");
    rows.put("reason", payout.getReason());
    send(
        mail,
        "payoutRejected",
        "payout-rejected:" + payout.getId(),
        payout.getUserId(),
        payout.getMethodName(),
        day(mail, payout.getDecidedAt()),
        rows);
  }

  private Map<String, String> transactionRows(
      MailTemplates mail, CashbackTransaction tx, String status) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(productLabel(tx), tx.getProductTitle());
    rows.put("date", day(mail, tx.getPurchasedAt()));
    rows.put("purchaseAmount", show(mail, tx.purchaseAmount()));
    rows.put("cashbackAmount", show(mail, tx.cashback()));
    rows.put("donationAmount", donation(mail, tx.expectedDonation()));
    rows.put("status", mail.word(status));
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
  private String donation(MailTemplates mail, Money donated) {
    return donated.isPositive()
        ? mail.format("donation.to", show(mail, donated), settings.donationCause())
        : show(mail, donated);
  }

  private Map<String, String> payoutRows(MailTemplates mail, Payout payout, String status) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("method", payout.getMethodName());
    rows.put("amount", show(mail, payout.money()));
    rows.put("date", day(mail, payout.getRequestedAt()));
    rows.put("status", mail.word(status));
    return rows;
  }

  private MailTemplates templatesFor(String userId) {
    return MailTemplates.in(languages.of(userId));
  }

  private void send(
      MailTemplates mail,
      String kind,
      String key,
      String userId,
      String subjectArg,
      String introArg,
      Map<String, String> rows) {
    MailTemplates.Rendered rendered = mail.render(kind, subjectArg, introArg, rows);
    outbox.enqueue(kind, key, userId, rendered.subject(), rendered.text(), rendered.html());
  }

  /** An amount to its minor unit as the recipient's language writes it, e.g. "$25.00". */
  private static String show(MailTemplates mail, Money money) {
    return MoneyFormat.of(money, mail.locale());
  }

  private String day(MailTemplates mail, OffsetDateTime at) {
    return mail.day(at, settings.zone());
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
