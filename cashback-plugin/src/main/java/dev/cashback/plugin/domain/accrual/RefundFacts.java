package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host refund as the plugin needs it: per refunded item (by target id) what was paid back, or,
 * with no items, an amount refunded across the whole purchase, whose {@code lines} it refunds. A
 * refund is always in its purchase's currency: the constructor refuses anything else, so no path
 * can reverse cashback by an amount in another currency.
 */
public record RefundFacts(
    String refundId,
    String purchaseId,
    List<Item> items,
    Money amount,
    List<PurchaseLine> lines,
    String reason) {

  public RefundFacts {
    items = List.copyOf(items);
    lines = List.copyOf(lines);
    String currency = amount.currencyCode();
    items.forEach(item -> sameCurrency(currency, item.amount()));
    lines.forEach(line -> sameCurrency(currency, line.paid()));
  }

  private static void sameCurrency(String refund, Money other) {
    if (!refund.equals(other.currencyCode())) {
      throw new IllegalArgumentException(
          "A refund in " + refund + " cannot apply to a purchase in " + other.currencyCode());
    }
  }

  /** What the buyer paid for the whole purchase. */
  public Money purchaseTotal() {
    return lines.stream().map(PurchaseLine::paid).reduce(zero(), Money::plus);
  }

  /**
   * What this refund pays back on each line, given what earlier refunds paid back on them. An item
   * refund is spread over the lines of its target in line order, each taking up to what it still
   * has to refund; what exceeds them all refunds nothing (it bought no cashback). A refund without
   * items falls on every line in proportion to its price (see {@link #spreadInProportion}). Lines
   * it does not touch are absent.
   */
  public Map<Integer, Money> perLine(Map<Integer, Money> refundedBefore) {
    Map<Integer, Money> now = new LinkedHashMap<>();
    if (items.isEmpty()) {
      spreadInProportion(refundedBefore, now);
      return now;
    }
    for (Item item : items) {
      Money left = item.amount();
      for (PurchaseLine line : lines) {
        if (left.isPositive() && line.targetId().equals(item.targetId())) {
          Money taken = left.min(room(line, refundedBefore, now));
          add(now, line, taken);
          left = left.minus(taken);
        }
      }
    }
    return now;
  }

  /**
   * Spreads an amount refunded across the purchase cumulatively: after it, each line has had its
   * price times the share of the purchase refunded so far (4 decimal places, truncated), and all of
   * it once the whole purchase is refunded, so partial refunds that add up to the purchase refund
   * every line in full. Parts are taken in line order and never exceed the amount.
   */
  private void spreadInProportion(Map<Integer, Money> before, Map<Integer, Money> now) {
    BigDecimal total = purchaseTotal().amount();
    if (total.signum() <= 0) {
      return;
    }
    BigDecimal refundedSoFar =
        before.values().stream().map(Money::amount).reduce(amount.amount(), BigDecimal::add);
    Money left = amount;
    for (PurchaseLine line : lines) {
      BigDecimal target =
          refundedSoFar.compareTo(total) >= 0
              ? line.paid().amount()
              : line.paid().amount().multiply(refundedSoFar).divide(total, 4, RoundingMode.DOWN);
      Money part =
          Money.of(target, amount.currency())
              .minus(before.getOrDefault(line.lineNo(), zero()))
              .min(left)
              .min(room(line, before, now));
      if (part.isPositive()) {
        add(now, line, part);
        left = left.minus(part);
      }
    }
    // What truncation left over goes to the lines in order, so the parts add up to the amount and
    // the next refund's share of the purchase counts it.
    for (PurchaseLine line : lines) {
      Money part = left.min(room(line, before, now));
      if (part.isPositive()) {
        add(now, line, part);
        left = left.minus(part);
      }
    }
  }

  /** What of the line's price no refund has paid back yet (never below zero). */
  private Money room(PurchaseLine line, Map<Integer, Money> before, Map<Integer, Money> now) {
    Money left =
        line.paid()
            .minus(before.getOrDefault(line.lineNo(), zero()))
            .minus(now.getOrDefault(line.lineNo(), zero()));
    return left.isPositive() ? left : zero();
  }

  private Money zero() {
    return Money.zero(amount.currency());
  }

  private static void add(Map<Integer, Money> now, PurchaseLine line, Money part) {
    if (part.isPositive()) {
      now.merge(line.lineNo(), part, Money::plus);
    }
  }

  /** What was paid back on one purchased item. */
  public record Item(String targetId, Money amount) {}
}
