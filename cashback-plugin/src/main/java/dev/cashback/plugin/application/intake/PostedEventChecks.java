package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.api.EventLimits;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.shared.PlainText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an event posted from outside the JVM (the signed intake, an imported file) must get right
 * beyond its form: everything every host event is checked for ({@link HostEventChecks}), plain
 * texts, items that add up to the total, and a refund in its purchase's currency. An event that
 * fails any of them is refused whole, with its problems by field, before anything is stored.
 */
public final class PostedEventChecks {

  static final int MAX_ITEMS = EventLimits.ITEMS;

  private PostedEventChecks() {}

  public static PurchaseCompleted purchase(PostedPurchase posted) {
    PurchaseCompleted purchase;
    try {
      purchase = posted.toEvent();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("body", e.getMessage());
    }
    Map<String, String> errors = new LinkedHashMap<>(HostEventChecks.problems(purchase));
    plain(errors, "purchaseId", purchase.purchaseId());
    plain(errors, "buyer.userId", purchase.buyer().userId());
    plain(errors, "buyer.displayName", purchase.buyer().displayName());
    plain(errors, "buyer.imageUrl", purchase.buyer().imageUrl());
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < purchase.items().size() && i < MAX_ITEMS; i++) {
      PurchaseItem item = purchase.items().get(i);
      String at = "items[" + i + "].";
      plain(errors, at + "targetId", item.targetId());
      plain(errors, at + "title", item.title());
      plain(errors, at + "imageUrl", item.imageUrl());
      plain(errors, at + "categoryId", item.categoryId());
      plain(errors, at + "instructorId", item.instructorId());
      if (!errors.containsKey(at + "unitPrice")) {
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

  /**
   * The refund, checked like every host refund and, when its purchase is known already ({@code
   * purchaseCurrency}), against the purchase's currency.
   */
  public static PurchaseRefunded refund(
      String purchaseId, PurchaseRefunded refund, Optional<String> purchaseCurrency) {
    Map<String, String> errors = new LinkedHashMap<>(HostEventChecks.problems(refund));
    if (!refund.purchaseId().equals(purchaseId)) {
      errors.put("purchaseId", "The body's purchaseId must be the one in the address.");
    }
    plain(errors, "refundId", refund.refundId());
    plain(errors, "reason", refund.reason());
    if (!errors.containsKey("currency")) {
      purchaseCurrency
          .flatMap(currency -> HostEventChecks.refundCurrencyProblem(refund, currency))
          .ifPresent(problem -> errors.put("currency", problem));
    }
    BigDecimal refunded =
        refund.items().isEmpty()
            ? refund.amount()
            : refund.items().stream()
                .map(RefundedItem::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!errors.containsKey("amount") && !errors.containsKey("items") && refunded.signum() <= 0) {
      errors.put("amount", "The refund must be more than zero.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return refund;
  }

  /** The progress, checked like every host progress event, its ids plain text. */
  public static CourseProgressed progress(PostedProgress posted) {
    CourseProgressed progress;
    try {
      progress = posted.toEvent();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("body", e.getMessage());
    }
    Map<String, String> errors = new LinkedHashMap<>(HostEventChecks.problems(progress));
    plain(errors, "userId", progress.userId());
    plain(errors, "courseId", progress.courseId());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return progress;
  }

  /** Texts from outside hosts carry no markup: they are shown on admin pages and in e-mails. */
  private static void plain(Map<String, String> errors, String field, String value) {
    if (!errors.containsKey(field) && !PlainText.isPlain(value)) {
      errors.put(field, "Use plain text in " + field + ": no < or > and no control characters.");
    }
  }
}
