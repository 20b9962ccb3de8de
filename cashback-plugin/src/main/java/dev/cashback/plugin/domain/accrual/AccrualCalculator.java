package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies rules to a purchase. Each rule in force is evaluated on its own: its matching lines form
 * the eligible subtotal, which must reach the rule's minimum; per-item rules grant on each matching
 * line, per-order rules once on the subtotal. Amounts are computed at full precision and rounded
 * down once per transaction. The rule that grants the most wins the purchase; stacking and per-item
 * competition are policies layered on this.
 */
public class AccrualCalculator {

  public List<Accrual> accrue(PurchaseFacts purchase, List<CashbackRule> rules) {
    return rules.stream()
        .filter(rule -> rule.isInForceAt(purchase.occurredAt()))
        .map(rule -> grantsOf(rule, purchase))
        .filter(grants -> !grants.isEmpty())
        .max(Comparator.comparing(AccrualCalculator::totalOf))
        .orElse(List.of());
  }

  private List<Accrual> grantsOf(CashbackRule rule, PurchaseFacts purchase) {
    Optional<Money> fixed = rule.fixedAmount();
    if (fixed.isPresent() && !fixed.get().currencyCode().equals(purchase.currency())) {
      return List.of();
    }
    List<PurchaseLine> matching =
        purchase.lines().stream()
            .filter(
                line ->
                    rule.targets(
                        line.itemType(), line.targetId(), line.categoryId(), line.instructorId()))
            .toList();
    if (matching.isEmpty()) {
      return List.of();
    }
    Money subtotal = matching.stream().map(PurchaseLine::paid).reduce(Money::plus).orElseThrow();
    if (subtotal.amount().compareTo(rule.getMinimumPurchase()) < 0) {
      return List.of();
    }
    List<Accrual> grants = new ArrayList<>();
    if (rule.isPerItem()) {
      for (PurchaseLine line : matching) {
        Money cashback = cashbackOn(rule, line.paid(), line.quantity());
        grants.add(new Accrual(line, rule, line.paid(), cashback));
      }
    } else {
      grants.add(new Accrual(null, rule, subtotal, cashbackOn(rule, subtotal, 1)));
    }
    return grants.stream().filter(grant -> grant.cashback().isPositive()).toList();
  }

  private static Money cashbackOn(CashbackRule rule, Money base, int quantity) {
    Money raw =
        rule.getAmountType() == AmountType.PERCENTAGE
            ? base.percent(rule.getAmount())
            : rule.fixedAmount().orElseThrow().times(BigDecimal.valueOf(quantity));
    // A fixed cashback never exceeds what was paid for the line or order.
    return raw.min(base).roundDownToMinorUnit();
  }

  private static Money totalOf(List<Accrual> grants) {
    return grants.stream().map(Accrual::cashback).reduce(Money::plus).orElseThrow();
  }
}
