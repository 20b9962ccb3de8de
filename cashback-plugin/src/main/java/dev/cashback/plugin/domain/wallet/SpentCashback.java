package dev.cashback.plugin.domain.wallet;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cashback a learner spent on one purchase, and how much of it goes back to the wallet as the host
 * refunds the purchase. The rule is cumulative: each refund returns what should be back by now less
 * what earlier refunds returned, so partial refunds add up to exactly what was spent, never more,
 * and no rounding is lost on the way.
 *
 * <ul>
 *   <li>Once the money refunded so far reaches the money paid (or nothing was paid in money), all
 *       that was spent is back.
 *   <li>A refund that names its items: on each line, what was spent on it times the part of the
 *       line's money refunded so far, all of it once the line is refunded in full; a line paid
 *       wholly with cashback comes back once a refund names its target. Summed over the lines and
 *       rounded down once, so a line refunded in several parts gets back exactly what was spent on
 *       it.
 *   <li>A refund of the whole purchase: what was spent times the share of the money refunded so
 *       far, rounded down.
 * </ul>
 */
public final class SpentCashback {

  /** One purchased line: what was paid for it with cashback, and with money. */
  public record Line(int lineNo, String targetId, BigDecimal spent, BigDecimal cash) {}

  /**
   * One host refund as the return sees it: the money it paid back and, for a refund that names its
   * items, what each line (by number) has had refunded so far, this refund included, and the
   * targets this refund and the earlier ones named.
   */
  public record Refund(
      Money cash, Map<Integer, Money> linesRefundedSoFar, Set<String> targetsNamedSoFar) {

    public static Refund ofWholePurchase(Money cash) {
      return new Refund(cash, null, null);
    }

    public static Refund ofItems(
        Money cash, Map<Integer, Money> linesRefundedSoFar, Set<String> targetsNamedSoFar) {
      return new Refund(cash, Map.copyOf(linesRefundedSoFar), Set.copyOf(targetsNamedSoFar));
    }

    boolean namesItems() {
      return linesRefundedSoFar != null;
    }
  }

  /** What the purchase's earlier refunds did: the money they paid back, the cashback returned. */
  public record Earlier(Money cashRefunded, Money returned) {

    public static Earlier of(Collection<SpendReturn> returns, Currency currency) {
      BigDecimal cash = BigDecimal.ZERO;
      BigDecimal returned = BigDecimal.ZERO;
      for (SpendReturn r : returns) {
        cash = cash.add(r.getCashRefunded());
        returned = returned.add(r.getWalletReturned());
      }
      return new Earlier(Money.of(cash, currency), Money.of(returned, currency));
    }
  }

  private final List<Line> lines;
  private final Money spent;
  private final Money cashPaid;

  private SpentCashback(List<Line> lines, Money spent, Money cashPaid) {
    this.lines = lines;
    this.spent = spent;
    this.cashPaid = cashPaid;
  }

  /** What was spent on the purchase's {@code lines}, paid in {@code currency}. */
  public static SpentCashback on(String currency, List<Line> lines) {
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal cash = BigDecimal.ZERO;
    for (Line line : lines) {
      spent = spent.add(line.spent());
      cash = cash.add(line.cash());
    }
    return new SpentCashback(
        List.copyOf(lines), Money.of(spent, currency), Money.of(cash, currency));
  }

  /** All the cashback spent on the purchase. */
  public Money spent() {
    return spent;
  }

  /** All the money paid for the purchase. */
  public Money cashPaid() {
    return cashPaid;
  }

  /**
   * The same purchase with no more spent on it than {@code recorded} (what the ledger shows was
   * taken from the wallet for it), whatever its lines claim.
   */
  public SpentCashback atMost(Money recorded) {
    return new SpentCashback(lines, spent.min(recorded), cashPaid);
  }

  /** What goes back to the wallet for {@code refund}, after the {@code earlier} refunds. */
  public Money toReturn(Refund refund, Earlier earlier) {
    Money zero = Money.zero(spent.currency());
    if (!spent.isPositive()) {
      return zero;
    }
    BigDecimal refundedNow = earlier.cashRefunded().amount().add(refund.cash().amount());
    Money left = spent.minus(earlier.returned());
    Money returning;
    if (!cashPaid.isPositive() || refundedNow.compareTo(cashPaid.amount()) >= 0) {
      returning = left;
    } else if (refund.namesItems()) {
      returning = dueOnLines(refund).minus(earlier.returned()).min(left);
    } else {
      returning =
          Money.of(
                  spent
                      .amount()
                      .multiply(refundedNow)
                      .divide(cashPaid.amount(), 10, RoundingMode.DOWN),
                  spent.currency())
              .roundDownToMinorUnit()
              .minus(earlier.returned());
    }
    return returning.isPositive() ? returning : zero;
  }

  /** What of the cashback spent on the lines should be back by now, rounded down once. */
  private Money dueOnLines(Refund refund) {
    BigDecimal due = BigDecimal.ZERO;
    for (Line line : lines) {
      Money refunded = refund.linesRefundedSoFar().get(line.lineNo());
      if (line.spent().signum() == 0) {
        continue;
      } else if (line.cash().signum() == 0) {
        due = refund.targetsNamedSoFar().contains(line.targetId()) ? due.add(line.spent()) : due;
      } else if (refunded != null) {
        due =
            due.add(
                refunded.amount().compareTo(line.cash()) >= 0
                    ? line.spent()
                    : line.spent()
                        .multiply(refunded.amount())
                        .divide(line.cash(), 10, RoundingMode.DOWN));
      }
    }
    return Money.of(due, spent.currency()).roundDownToMinorUnit();
  }
}
