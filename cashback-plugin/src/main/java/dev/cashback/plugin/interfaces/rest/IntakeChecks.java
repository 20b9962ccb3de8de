package dev.cashback.plugin.interfaces.rest;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.application.InvalidInputException;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.shared.PlainText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a host outside the JVM must get right beyond well-formed JSON: a currency that exists,
 * amounts that are positive and storable, items that add up to the total, and texts that fit. A
 * purchase that fails any of them is refused whole, before anything is stored.
 */
final class IntakeChecks {

  static final int MAX_ITEMS = 100;

  private IntakeChecks() {}

  static PurchaseCompleted purchase(SignedPurchase posted) {
    Map<String, String> errors = new LinkedHashMap<>();
    PurchaseCompleted purchase;
    try {
      purchase = posted.toEvent();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("body", e.getMessage());
    }
    fits(errors, "purchaseId", purchase.purchaseId(), 100);
    fits(errors, "buyer.userId", purchase.buyer().userId(), 100);
    fits(errors, "buyer.displayName", purchase.buyer().displayName(), 200);
    fits(errors, "buyer.imageUrl", purchase.buyer().imageUrl(), 500);
    currency(errors, purchase.currency());
    if (purchase.items().size() > MAX_ITEMS) {
      errors.put("items", "A purchase has at most " + MAX_ITEMS + " items.");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < purchase.items().size() && i < MAX_ITEMS; i++) {
      PurchaseItem item = purchase.items().get(i);
      String at = "items[" + i + "].";
      fits(errors, at + "targetId", item.targetId(), 100);
      fits(errors, at + "title", item.title(), 300);
      fits(errors, at + "imageUrl", item.imageUrl(), 500);
      fits(errors, at + "categoryId", item.categoryId(), 100);
      fits(errors, at + "instructorId", item.instructorId(), 100);
      if (!Money.isStorable(item.unitPrice()) || item.quantity() > 10_000) {
        errors.put(at + "unitPrice", "The price or quantity is out of range.");
      } else {
        sum = sum.add(item.lineTotal());
      }
    }
    if (posted.total() == null || posted.total().signum() <= 0) {
      errors.put("total", "The total must be more than zero.");
    } else if (errors.isEmpty() && sum.compareTo(posted.total()) != 0) {
      errors.put(
          "total",
          "The items add up to "
              + sum.toPlainString()
              + ", not "
              + posted.total().toPlainString()
              + ".");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return purchase;
  }

  static PurchaseRefunded refund(String purchaseId, PurchaseRefunded refund) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!refund.purchaseId().equals(purchaseId)) {
      errors.put("purchaseId", "The body's purchaseId must be the one in the address.");
    }
    fits(errors, "refundId", refund.refundId(), 100);
    fits(errors, "reason", refund.reason(), 500);
    currency(errors, refund.currency());
    if (!Money.isStorable(refund.amount())) {
      errors.put("amount", "The amount is out of range.");
    }
    BigDecimal itemized = BigDecimal.ZERO;
    for (RefundedItem item : refund.items()) {
      if (!Money.isStorable(item.amount())) {
        errors.put("items", "An item's amount is out of range.");
        break;
      }
      itemized = itemized.add(item.amount());
    }
    BigDecimal refunded = refund.items().isEmpty() ? refund.amount() : itemized;
    if (refunded.signum() <= 0) {
      errors.put("amount", "The refund must be more than zero.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return refund;
  }

  private static void currency(Map<String, String> errors, String code) {
    if (!Money.isCurrency(code)) {
      errors.put("currency", "\u201c" + code + "\u201d is not a currency this plugin knows.");
    }
  }

  private static void fits(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.put(field, "Keep " + field + " within " + max + " characters.");
    } else if (!PlainText.isPlain(value)) {
      errors.put(field, "Use plain text in " + field + ": no < or > and no control characters.");
    }
  }
}
