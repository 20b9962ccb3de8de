package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/**
 * Why a rule would or would not grant cashback on a purchase, for the admin's rule preview: the
 * first condition that fails, in the order a purchase meets them.
 */
public record RuleExplanation(CashbackRule rule, Money wouldGrant, String whyNot) {

  public static RuleExplanation of(CashbackRule rule, PurchaseFacts purchase) {
    Optional<String> refused = whyNot(rule, purchase);
    if (refused.isPresent()) {
      return new RuleExplanation(rule, null, refused.get());
    }
    List<Accrual> grants =
        new AccrualCalculator()
            .accrue(purchase, List.of(rule), dev.cashback.plugin.domain.rule.StackingPolicy.STACK);
    Optional<Money> total = grants.stream().map(Accrual::cashback).reduce(Money::plus);
    return total
        .map(t -> new RuleExplanation(rule, t, null))
        .orElseGet(
            () -> new RuleExplanation(rule, null, "The cashback would round down to nothing."));
  }

  private static Optional<String> whyNot(CashbackRule rule, PurchaseFacts purchase) {
    if (!rule.isInForceAt(purchase.occurredAt())) {
      return Optional.of("Inactive, or outside its start and end.");
    }
    if (!rule.rewards(purchase.userId(), purchase.userGroups())) {
      return Optional.of("This learner is not among the rule's users or groups.");
    }
    if (!rule.grantsIn(purchase.currency())) {
      return Optional.of(
          "The rule names no amounts in "
              + purchase.currency()
              + ", so it grants nothing on this purchase; it grants in "
              + String.join(", ", rule.currencies())
              + " only.");
    }
    List<PurchaseLine> matching =
        purchase.lines().stream()
            .filter(l -> rule.targets(l.itemType(), l.targetId(), l.categoryId(), l.instructorId()))
            .toList();
    if (matching.isEmpty()) {
      return Optional.of("No item in the cart is one of the rule's targets.");
    }
    Money subtotal = matching.stream().map(PurchaseLine::paid).reduce(Money::plus).orElseThrow();
    if (!rule.minimumMetBy(subtotal)) {
      return Optional.of(
          "The matching items come to "
              + subtotal
              + ", below the minimum of "
              + rule.minimumPurchase(subtotal.currencyCode()).orElseThrow().roundDownToMinorUnit()
              + ".");
    }
    return Optional.empty();
  }
}
