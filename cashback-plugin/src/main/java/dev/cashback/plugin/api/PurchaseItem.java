package dev.cashback.plugin.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a purchase. The unit price excludes tax and shipping; {@code discount} is the total
 * discount on the line (not per unit), so the line pays {@code unitPrice * quantity - discount}.
 *
 * @param categoryId the host's category of the item, used by category rules (may be null)
 * @param instructorId the host's user id of the item's instructor, used by instructor rules and
 *     pages (may be null)
 * @param refundWindowDays the days after the purchase during which the host refunds this item, for
 *     rules that confirm cashback when the refund window closes (null when the host has no such
 *     window; at most {@link EventLimits#REFUND_WINDOW_DAYS})
 */
public record PurchaseItem(
    ItemType type,
    String targetId,
    String title,
    String imageUrl,
    String categoryId,
    String instructorId,
    BigDecimal unitPrice,
    int quantity,
    BigDecimal discount,
    BigDecimal paidFromWallet,
    Integer refundWindowDays)
    implements Serializable {

  /** The constructor JSON-B reads stored and posted items with (there are two). */
  @JsonbCreator
  public PurchaseItem {
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
    Require.text(targetId, "targetId");
    Require.text(title, "title");
    Require.notNegative(unitPrice, "unitPrice");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
    discount = discount == null ? BigDecimal.ZERO : Require.notNegative(discount, "discount");
    if (discount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) > 0) {
      throw new IllegalArgumentException("discount must not exceed the line's price");
    }
    paidFromWallet =
        paidFromWallet == null
            ? BigDecimal.ZERO
            : Require.notNegative(paidFromWallet, "paidFromWallet");
    if (paidFromWallet.compareTo(
            unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount))
        > 0) {
      throw new IllegalArgumentException("paidFromWallet must not exceed what the line costs");
    }
    if (refundWindowDays != null && refundWindowDays < 0) {
      throw new IllegalArgumentException("refundWindowDays must be zero or more");
    }
  }

  /** A line without a refund window (the contract before refund windows were part of it). */
  public PurchaseItem(
      ItemType type,
      String targetId,
      String title,
      String imageUrl,
      String categoryId,
      String instructorId,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal discount,
      BigDecimal paidFromWallet) {
    this(
        type,
        targetId,
        title,
        imageUrl,
        categoryId,
        instructorId,
        unitPrice,
        quantity,
        discount,
        paidFromWallet,
        null);
  }

  /** The same line with the host's refund window for it. */
  public PurchaseItem withRefundWindowDays(Integer days) {
    return new PurchaseItem(
        type,
        targetId,
        title,
        imageUrl,
        categoryId,
        instructorId,
        unitPrice,
        quantity,
        discount,
        paidFromWallet,
        days);
  }

  /** What cashback is computed on: the line's price less the part paid with cashback balance. */
  public BigDecimal cashbackBase() {
    return lineTotal().subtract(paidFromWallet);
  }

  /** What the buyer paid for this line: unit price times quantity, less the discount. */
  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
  }
}
