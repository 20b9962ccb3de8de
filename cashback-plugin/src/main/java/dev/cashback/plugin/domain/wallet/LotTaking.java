package dev.cashback.plugin.domain.wallet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which lots a debit of a wallet takes from, and how much of each: the lots it names first (a
 * clawback's own cashback, an expiring lot), then the rest by expiry, soonest first, lots that
 * never expire last, older before newer. Never more than a lot holds, never more than asked.
 */
public final class LotTaking {

  /** So much from this lot. */
  public record Part(CashbackLot lot, BigDecimal amount) {}

  private LotTaking() {}

  public static List<Part> take(
      List<CashbackLot> lots, BigDecimal wanted, Predicate<CashbackLot> first) {
    List<CashbackLot> ordered = new ArrayList<>(lots);
    ordered.sort(
        Comparator.comparing((CashbackLot lot) -> first.test(lot) ? 0 : 1)
            .thenComparing(
                CashbackLot::getExpiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CashbackLot::getCreatedAt)
            .thenComparing(CashbackLot::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Part> parts = new ArrayList<>();
    BigDecimal left = wanted;
    for (CashbackLot lot : ordered) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal part = lot.remaining().amount().min(left);
      if (part.signum() > 0) {
        parts.add(new Part(lot, part));
        left = left.subtract(part);
      }
    }
    return parts;
  }
}
