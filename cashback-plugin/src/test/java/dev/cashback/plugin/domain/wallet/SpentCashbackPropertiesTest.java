package dev.cashback.plugin.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Spent cashback coming back over random sequences of partial refunds (whole-purchase and itemised,
 * for purchases of 1–4 lines over two targets, some lines paid wholly with cashback; jqwik prints
 * the seed of a failing case): no refund returns a negative amount, the returns never add up to
 * more than was spent (or than the ledger recorded), once everything is refunded they add up to
 * exactly that, and after each whole-purchase refund what is back is the rounded-down share of all
 * refunded so far, however the refunds were split.
 */
class SpentCashbackPropertiesTest {

  enum Kind {
    WHOLE,
    ITEMS
  }

  record Step(Kind kind, String target, int percent) {}

  /** The host's side: what each line has had refunded, in cents, and what was named. */
  static final class Refunds {
    final List<SpentCashback.Line> lines;
    final Map<Integer, Long> refunded = new HashMap<>();
    final Set<String> named = new HashSet<>();
    long cash;
    long returned;

    Refunds(List<SpentCashback.Line> lines) {
      this.lines = lines;
    }

    long left(SpentCashback.Line line) {
      return cents(line.cash()) - refunded.getOrDefault(line.lineNo(), 0L);
    }

    /**
     * Applies one step; returns the refund as the wallet sees it, or null if it refunds nothing.
     */
    SpentCashback.Refund refund(Step step) {
      if (step.kind() == Kind.WHOLE) {
        long remaining = lines.stream().mapToLong(this::left).sum();
        long amount = Math.max(1, remaining * step.percent() / 100);
        if (remaining == 0) {
          return null;
        }
        amount = Math.min(amount, remaining);
        long spreading = amount;
        for (SpentCashback.Line line : lines) {
          long part = Math.min(spreading, left(line));
          refunded.merge(line.lineNo(), part, Long::sum);
          spreading -= part;
        }
        cash += amount;
        return SpentCashback.Refund.ofWholePurchase(usd(amount));
      }
      long amount = 0;
      for (SpentCashback.Line line : lines) {
        if (line.targetId().equals(step.target())) {
          long part = left(line) * step.percent() / 100;
          refunded.merge(line.lineNo(), part, Long::sum);
          amount += part;
        }
      }
      named.add(step.target());
      cash += amount;
      Map<Integer, Money> soFar = new HashMap<>();
      refunded.forEach((lineNo, cents) -> soFar.put(lineNo, usd(cents)));
      return SpentCashback.Refund.ofItems(usd(amount), soFar, named);
    }

    /** Returns cashback for {@code refund} as the wallet would, keeping the running totals. */
    Money apply(SpentCashback spending, SpentCashback.Refund refund) {
      SpentCashback.Earlier earlier =
          new SpentCashback.Earlier(usd(cash - cents(refund.cash().amount())), usd(returned));
      Money back = spending.toReturn(refund, earlier);
      returned += cents(back.amount());
      return back;
    }
  }

  @Property(tries = 1000)
  void returnsAddUpToWhatWasSpent_neverMore_overAnySequenceOfPartialRefunds(
      @ForAll("lines") List<SpentCashback.Line> lines, @ForAll("steps") List<Step> steps) {
    SpentCashback spending = SpentCashback.on("USD", lines);
    long spent = cents(spending.spent().amount());
    Refunds host = new Refunds(lines);
    for (Step step : steps) {
      SpentCashback.Refund refund = host.refund(step);
      if (refund != null) {
        Money back = host.apply(spending, refund);
        assertThat(back.isNegative()).as("a refund returns %s", back).isFalse();
        assertThat(host.returned).as("returned so far").isLessThanOrEqualTo(spent);
      }
    }
    SpentCashback.Refund rest = host.refund(new Step(Kind.WHOLE, null, 100));
    if (rest == null) {
      // Everything was refunded already: one more (empty) refund must find nothing left to return.
      rest = SpentCashback.Refund.ofWholePurchase(usd(0));
    }
    host.apply(spending, rest);
    assertThat(host.returned).as("returned once all is refunded").isEqualTo(spent);
  }

  @Property(tries = 500)
  void wholePurchaseRefunds_returnTheRoundedDownShareOfAllRefundedSoFar(
      @ForAll("lines") List<SpentCashback.Line> lines, @ForAll("percents") List<Integer> percents) {
    SpentCashback spending = SpentCashback.on("USD", lines);
    long spent = cents(spending.spent().amount());
    long paid = cents(spending.cashPaid().amount());
    Refunds host = new Refunds(lines);
    for (int percent : percents) {
      SpentCashback.Refund refund = host.refund(new Step(Kind.WHOLE, null, percent));
      if (refund == null) {
        break;
      }
      host.apply(spending, refund);
      long expected =
          host.cash >= paid
              ? spent
              : BigDecimal.valueOf(spent)
                  .multiply(BigDecimal.valueOf(host.cash))
                  .divide(BigDecimal.valueOf(paid), 0, RoundingMode.DOWN)
                  .longValueExact();
      assertThat(host.returned).isEqualTo(expected);
    }
  }

  @Property(tries = 500)
  void neverMoreThanTheLedgerRecorded_andAllOfIt_onceEverythingIsRefunded(
      @ForAll("lines") List<SpentCashback.Line> lines,
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 100) int recordedPercent) {
    SpentCashback claimed = SpentCashback.on("USD", lines);
    long recorded = cents(claimed.spent().amount()) * recordedPercent / 100;
    SpentCashback spending = claimed.atMost(usd(recorded));
    Refunds host = new Refunds(lines);
    for (Step step : steps) {
      SpentCashback.Refund refund = host.refund(step);
      if (refund != null) {
        host.apply(spending, refund);
        assertThat(host.returned).isLessThanOrEqualTo(recorded);
      }
    }
    SpentCashback.Refund rest = host.refund(new Step(Kind.WHOLE, null, 100));
    host.apply(spending, rest == null ? SpentCashback.Refund.ofWholePurchase(usd(0)) : rest);
    assertThat(host.returned).isEqualTo(recorded);
  }

  @Provide
  Arbitrary<List<SpentCashback.Line>> lines() {
    Arbitrary<String> targets = Arbitraries.of("a", "b");
    Arbitrary<Integer> spent = Arbitraries.integers().between(0, 10_000);
    Arbitrary<Integer> cash = Arbitraries.integers().between(0, 10_000).edgeCases(c -> c.add(0));
    return Combinators.combine(targets, spent, cash)
        .as((t, s, c) -> new Object[] {t, s, c})
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            specs -> {
              List<SpentCashback.Line> lines = new ArrayList<>();
              for (int i = 0; i < specs.size(); i++) {
                Object[] spec = specs.get(i);
                lines.add(
                    new SpentCashback.Line(
                        i + 1,
                        (String) spec[0],
                        BigDecimal.valueOf((Integer) spec[1], 2),
                        BigDecimal.valueOf((Integer) spec[2], 2)));
              }
              return lines;
            })
        .filter(lines -> lines.stream().anyMatch(l -> l.spent().signum() > 0));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.of("a", "b"),
            Arbitraries.integers().between(1, 100))
        .as(Step::new)
        .list()
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Integer>> percents() {
    return Arbitraries.integers().between(1, 100).list().ofMaxSize(6);
  }

  private static Money usd(long cents) {
    return Money.of(BigDecimal.valueOf(cents, 2), "USD");
  }

  private static long cents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
