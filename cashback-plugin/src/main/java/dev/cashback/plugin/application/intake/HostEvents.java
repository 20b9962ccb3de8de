package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.accrual.PurchaseLine;
import dev.cashback.plugin.domain.accrual.RefundFacts;
import dev.cashback.plugin.domain.shared.Money;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Turns the host's purchase and refund events into the plugin's own facts. */
public final class HostEvents {

  private HostEvents() {}

  public static PurchaseFacts toFacts(PurchaseCompleted event) {
    // The database keeps microseconds; a time kept finer would not compare equal once stored.
    OffsetDateTime occurredAt =
        event.occurredAt().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    List<PurchaseLine> lines = new ArrayList<>();
    int lineNo = 1;
    for (PurchaseItem item : event.items()) {
      lines.add(
          new PurchaseLine(
              lineNo++,
              item.type().name(),
              item.targetId(),
              item.title(),
              item.imageUrl(),
              item.categoryId(),
              item.instructorId(),
              item.quantity(),
              Money.of(item.cashbackBase(), event.currency()),
              item.refundWindowDays() == null
                  ? null
                  : occurredAt.plusDays(item.refundWindowDays())));
    }
    return new PurchaseFacts(
        event.purchaseId(),
        event.buyer().userId(),
        event.buyer().displayName(),
        event.buyer().imageUrl(),
        event.buyer().groups(),
        event.currency(),
        occurredAt,
        lines);
  }

  /**
   * The refund of {@code purchase}; a refund in another currency than its purchase is refused (see
   * {@link HostEventChecks#refundCurrencyProblem}) before it gets here.
   */
  public static RefundFacts toFacts(PurchaseRefunded refund, PurchaseCompleted purchase) {
    return new RefundFacts(
        refund.refundId(),
        refund.purchaseId(),
        refund.items().stream()
            .map(i -> new RefundFacts.Item(i.targetId(), Money.of(i.amount(), refund.currency())))
            .toList(),
        Money.of(refund.amount(), refund.currency()),
        toFacts(purchase).lines(),
        refund.reason());
  }
}
