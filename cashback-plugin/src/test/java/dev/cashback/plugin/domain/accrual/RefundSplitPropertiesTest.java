package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * How host refunds fall on a purchase's lines, for purchases of 1–4 lines over two targets and
 * random sequences of item and whole-purchase refunds (jqwik prints the seed of a failing case): a
 * line never has more refunded than it cost, a refund never spreads more than it paid back, an item
 * refund touches only lines of its target, and refunds that add up to a line's, a target's or the
 * purchase's price refund those lines in full.
 */
class RefundSplitPropertiesTest {

  record Step(String target, int cents) {}

  @Property(tries = 1000)
  void refunds_neverExceedTheLines_norTheirOwnAmount_andTouchOnlyTheirTarget(
      @ForAll("lines") List<PurchaseLine> lines, @ForAll("steps") List<Step> steps) {
    Map<Integer, Money> before = new HashMap<>();
    for (Step step : steps) {
      RefundFacts refund = refund(lines, step);
      Map<Integer, Money> now = refund.perLine(before);
      Money spread = now.values().stream().reduce(usd("0"), Money::plus);
      assertThat(spread.compareTo(usd(step.cents()))).isLessThanOrEqualTo(0);
      for (PurchaseLine line : lines) {
        Money part = now.get(line.lineNo());
        if (part != null) {
          assertThat(part.isPositive()).isTrue();
          if (step.target() != null) {
            assertThat(line.targetId()).isEqualTo(step.target());
          }
        }
      }
      now.forEach((lineNo, part) -> before.merge(lineNo, part, Money::plus));
      for (PurchaseLine line : lines) {
        assertThat(before.getOrDefault(line.lineNo(), usd("0")).compareTo(line.paid()))
            .as("line %d refunded at most its price", line.lineNo())
            .isLessThanOrEqualTo(0);
      }
    }
  }

  @Property(tries = 500)
  void wholePurchaseRefundsThatAddUpToItsTotal_refundEveryLineInFull(
      @ForAll("lines") List<PurchaseLine> lines, @ForAll("cuts") List<Integer> percents) {
    Money total = lines.stream().map(PurchaseLine::paid).reduce(usd("0"), Money::plus);
    Map<Integer, Money> before = new HashMap<>();
    Money refunded = usd("0");
    for (int percent : percents) {
      Money part =
          total
              .percent(BigDecimal.valueOf(percent))
              .roundDownToMinorUnit()
              .min(total.minus(refunded));
      if (part.isPositive()) {
        apply(lines, new Step(null, cents(part)), before);
        refunded = refunded.plus(part);
      }
    }
    Money rest = total.minus(refunded);
    if (rest.isPositive()) {
      apply(lines, new Step(null, cents(rest)), before);
    }
    for (PurchaseLine line : lines) {
      assertThat(before.getOrDefault(line.lineNo(), usd("0"))).isEqualTo(line.paid());
    }
  }

  @Property(tries = 500)
  void itemRefundsOfATargetsWholePrice_refundItsLinesInFull_andNoOthers(
      @ForAll("lines") List<PurchaseLine> lines, @ForAll("cuts") List<Integer> percents) {
    Money targetTotal =
        lines.stream()
            .filter(l -> l.targetId().equals("a"))
            .map(PurchaseLine::paid)
            .reduce(usd("0"), Money::plus);
    Map<Integer, Money> before = new HashMap<>();
    Money refunded = usd("0");
    for (int percent : percents) {
      Money part =
          targetTotal
              .percent(BigDecimal.valueOf(percent))
              .roundDownToMinorUnit()
              .min(targetTotal.minus(refunded));
      if (part.isPositive()) {
        apply(lines, new Step("a", cents(part)), before);
        refunded = refunded.plus(part);
      }
    }
    if (targetTotal.minus(refunded).isPositive()) {
      apply(lines, new Step("a", cents(targetTotal.minus(refunded))), before);
    }
    for (PurchaseLine line : lines) {
      Money expected = line.targetId().equals("a") ? line.paid() : usd("0");
      assertThat(before.getOrDefault(line.lineNo(), usd("0"))).isEqualTo(expected);
    }
  }

  @Test
  void oneOfTwoLinesOfTheSameCourse_isRefundedAlone_inLineOrder() {
    List<PurchaseLine> lines = List.of(line(1, "course", "49.00"), line(2, "course", "49.00"));
    Map<Integer, Money> first = refund(lines, new Step("course", 4900)).perLine(Map.of());
    assertThat(first).isEqualTo(Map.of(1, usd("49.00")));
    Map<Integer, Money> second = refund(lines, new Step("course", 6000)).perLine(first);
    assertThat(second).isEqualTo(Map.of(2, usd("49.00")));
  }

  @Test
  void aRefundInAnotherCurrency_cannotBeMadeIntoFacts() {
    List<PurchaseLine> lines = List.of(line(1, "course", "100.00"));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RefundFacts(
                    "r", "p", List.of(), Money.of("100", "JPY"), lines, "wrong currency"))
        .withMessageContaining("JPY")
        .withMessageContaining("USD");
  }

  private static void apply(List<PurchaseLine> lines, Step step, Map<Integer, Money> before) {
    refund(lines, step).perLine(before).forEach((l, part) -> before.merge(l, part, Money::plus));
  }

  private static RefundFacts refund(List<PurchaseLine> lines, Step step) {
    Money amount = usd(step.cents());
    List<RefundFacts.Item> items =
        step.target() == null ? List.of() : List.of(new RefundFacts.Item(step.target(), amount));
    return new RefundFacts("r", "p", items, amount, lines, "test");
  }

  @Provide
  Arbitrary<List<PurchaseLine>> lines() {
    Arbitrary<String> targets = Arbitraries.of("a", "b");
    Arbitrary<Integer> prices = Arbitraries.integers().between(1, 20_000);
    return Combinators.combine(targets, prices)
        .as((t, p) -> new String[] {t, Integer.toString(p)})
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            specs -> {
              List<PurchaseLine> lines = new ArrayList<>();
              for (int i = 0; i < specs.size(); i++) {
                lines.add(
                    line(
                        i + 1,
                        specs.get(i)[0],
                        BigDecimal.valueOf(Long.parseLong(specs.get(i)[1]), 2).toPlainString()));
              }
              return lines;
            });
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> targets = Arbitraries.of("a", "b").injectNull(0.4);
    return Combinators.combine(targets, Arbitraries.integers().between(1, 30_000))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(1, 60).list().ofMaxSize(5);
  }

  private static PurchaseLine line(int lineNo, String target, String paid) {
    return new PurchaseLine(lineNo, "COURSE", target, target, null, null, null, 1, usd(paid));
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static Money usd(int cents) {
    return Money.of(BigDecimal.valueOf(cents, 2), "USD");
  }

  private static int cents(Money money) {
    return money.amount().movePointRight(2).intValueExact();
  }
}
