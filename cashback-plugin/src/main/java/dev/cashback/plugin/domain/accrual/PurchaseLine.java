package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;
import java.time.OffsetDateTime;

/**
 * One purchased item as the plugin sees it, numbered from 1 within its purchase.
 *
 * @param paid what the buyer paid for the line, after discounts, before tax
 * @param refundWindowEndsAt when the host's refund window for the line closes (null when it has
 *     none)
 */
public record PurchaseLine(
    int lineNo,
    String itemType,
    String targetId,
    String title,
    String imageUrl,
    String categoryId,
    String instructorId,
    int quantity,
    Money paid,
    OffsetDateTime refundWindowEndsAt) {

  /** A line the host keeps no refund window for. */
  public PurchaseLine(
      int lineNo,
      String itemType,
      String targetId,
      String title,
      String imageUrl,
      String categoryId,
      String instructorId,
      int quantity,
      Money paid) {
    this(
        lineNo,
        itemType,
        targetId,
        title,
        imageUrl,
        categoryId,
        instructorId,
        quantity,
        paid,
        null);
  }
}
