package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.api.EventLimits;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.domain.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the plugin checks of every host event before it stores it, whichever way it came (the CDI
 * event in the host's transaction or the signed intake): ids and texts within {@link EventLimits}
 * (the columns they are stored in), a currency the plugin knows, amounts it can store, and a refund
 * in its purchase's currency. An event with problems is refused whole, by field.
 */
public final class HostEventChecks {

  private HostEventChecks() {}

  /** The purchase's problems by field (empty when it may be stored). */
  public static Map<String, String> problems(PurchaseCompleted purchase) {
    Map<String, String> errors = new LinkedHashMap<>();
    fits(errors, "purchaseId", purchase.purchaseId(), EventLimits.ID);
    fits(errors, "buyer.userId", purchase.buyer().userId(), EventLimits.ID);
    fits(errors, "buyer.displayName", purchase.buyer().displayName(), EventLimits.NAME);
    fits(errors, "buyer.email", purchase.buyer().email(), EventLimits.EMAIL);
    fits(errors, "buyer.imageUrl", purchase.buyer().imageUrl(), EventLimits.URL);
    if (purchase.buyer().groups().size() > EventLimits.GROUPS
        || purchase.buyer().groups().stream()
            .anyMatch(g -> g == null || g.length() > EventLimits.ID)) {
      errors.put(
          "buyer.groups",
          "A buyer has at most "
              + EventLimits.GROUPS
              + " groups of at most "
              + EventLimits.ID
              + " characters.");
    }
    currency(errors, purchase.currency());
    if (purchase.items().size() > EventLimits.ITEMS) {
      errors.put("items", "A purchase has at most " + EventLimits.ITEMS + " items.");
    }
    for (int i = 0; i < purchase.items().size() && i < EventLimits.ITEMS; i++) {
      PurchaseItem item = purchase.items().get(i);
      String at = "items[" + i + "].";
      fits(errors, at + "targetId", item.targetId(), EventLimits.ID);
      fits(errors, at + "title", item.title(), EventLimits.TITLE);
      fits(errors, at + "imageUrl", item.imageUrl(), EventLimits.URL);
      fits(errors, at + "categoryId", item.categoryId(), EventLimits.ID);
      fits(errors, at + "instructorId", item.instructorId(), EventLimits.ID);
      if (!Money.isStorable(item.unitPrice())
          || item.quantity() > EventLimits.QUANTITY
          || !Money.isStorable(item.lineTotal())) {
        errors.put(at + "unitPrice", "The price or quantity is out of range.");
      }
      if (item.refundWindowDays() != null
          && item.refundWindowDays() > EventLimits.REFUND_WINDOW_DAYS) {
        errors.put(
            at + "refundWindowDays",
            "A refund window is at most " + EventLimits.REFUND_WINDOW_DAYS + " days.");
      }
    }
    return errors;
  }

  /** The progress event's problems by field (empty when it may be stored). */
  public static Map<String, String> problems(CourseProgressed progress) {
    Map<String, String> errors = new LinkedHashMap<>();
    fits(errors, "userId", progress.userId(), EventLimits.ID);
    fits(errors, "courseId", progress.courseId(), EventLimits.ID);
    return errors;
  }

  /** The refund's problems by field (empty when it may be stored). */
  public static Map<String, String> problems(PurchaseRefunded refund) {
    Map<String, String> errors = new LinkedHashMap<>();
    fits(errors, "refundId", refund.refundId(), EventLimits.ID);
    fits(errors, "purchaseId", refund.purchaseId(), EventLimits.ID);
    fits(errors, "reason", refund.reason(), EventLimits.REASON);
    currency(errors, refund.currency());
    if (!Money.isStorable(refund.amount())) {
      errors.put("amount", "The amount is out of range.");
    }
    if (refund.items().size() > EventLimits.ITEMS) {
      errors.put("items", "A refund has at most " + EventLimits.ITEMS + " items.");
    }
    for (RefundedItem item : refund.items()) {
      if (!Money.isStorable(item.amount()) || item.targetId().length() > EventLimits.ID) {
        errors.put("items", "An item's target id or amount is out of range.");
        break;
      }
    }
    return errors;
  }

  /**
   * Why the refund cannot apply to a purchase in {@code purchaseCurrency}, if it cannot: a refund
   * is in its purchase's currency, or it would reverse cashback by an amount in another money.
   */
  public static Optional<String> refundCurrencyProblem(
      PurchaseRefunded refund, String purchaseCurrency) {
    return refund.currency().equals(purchaseCurrency)
        ? Optional.empty()
        : Optional.of(
            "The refund is in "
                + refund.currency()
                + " but purchase "
                + refund.purchaseId()
                + " was paid in "
                + purchaseCurrency
                + "; a refund must be in its purchase's currency.");
  }

  /** The problems as one line, for logs and the admins' list of refused events. */
  public static String describe(Map<String, String> problems) {
    return problems.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private static void currency(Map<String, String> errors, String code) {
    if (!Money.isCurrency(code)) {
      errors.put("currency", "\u201c" + code + "\u201d is not a currency this plugin knows.");
    }
  }

  private static void fits(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.put(field, "Keep " + field + " within " + max + " characters.");
    }
  }
}
