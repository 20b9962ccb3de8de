package dev.cashback.plugin.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.shared.Money;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Which lots a debit takes from: the named ones first, then soonest expiry, never-expiring last.
 */
class LotTakingTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void takesTheLotExpiringFirst_thenTheNext_neverExpiringLast() {
    CashbackLot never = lot(1, "5.00", null, null);
    CashbackLot late = lot(2, "5.00", NOW.plusDays(30), null);
    CashbackLot soon = lot(3, "5.00", NOW.plusDays(3), null);
    List<LotTaking.Part> parts =
        LotTaking.take(List.of(never, late, soon), new BigDecimal("7.00"), l -> false);
    assertThat(parts).extracting(p -> p.lot().getId()).containsExactly(3L, 2L);
    assertThat(parts)
        .extracting(LotTaking.Part::amount)
        .containsExactly(new BigDecimal("5.00"), new BigDecimal("2.00"));
  }

  @Test
  void aClawbackTakesFromItsOwnCashbackFirst() {
    CashbackLot soon = lot(1, "5.00", NOW.plusDays(3), 10L);
    CashbackLot own = lot(2, "5.00", NOW.plusDays(30), 20L);
    List<LotTaking.Part> parts =
        LotTaking.take(
            List.of(soon, own), new BigDecimal("6.00"), l -> l.getTransactionId() == 20L);
    assertThat(parts).extracting(p -> p.lot().getId()).containsExactly(2L, 1L);
  }

  @Property
  void takesExactlyWhatIsAsked_upToWhatTheLotsHold_neverMoreThanALotHas(
      @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 5000) Integer> cents,
      @ForAll @IntRange(min = 1, max = 50000) int wantedCents) {
    List<CashbackLot> lots = new ArrayList<>();
    BigDecimal held = BigDecimal.ZERO;
    for (int i = 0; i < cents.size(); i++) {
      BigDecimal amount = BigDecimal.valueOf(cents.get(i), 2);
      lots.add(lot(i + 1, amount.toPlainString(), i % 3 == 0 ? null : NOW.plusDays(i), null));
      held = held.add(amount);
    }
    BigDecimal wanted = BigDecimal.valueOf(wantedCents, 2);
    List<LotTaking.Part> parts = LotTaking.take(lots, wanted, l -> false);
    BigDecimal taken =
        parts.stream().map(LotTaking.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(taken).isEqualByComparingTo(wanted.min(held));
    assertThat(parts)
        .allSatisfy(
            p -> {
              assertThat(p.amount().signum()).isPositive();
              assertThat(p.amount()).isLessThanOrEqualTo(p.lot().remaining().amount());
            });
    // Every lot but the last one taken from is emptied: nothing is left behind a later expiry.
    for (int i = 0; i < parts.size() - 1; i++) {
      assertThat(parts.get(i).amount())
          .isEqualByComparingTo(parts.get(i).lot().remaining().amount());
    }
  }

  private static CashbackLot lot(long id, String amount, OffsetDateTime expires, Long transaction) {
    CashbackLot lot =
        new CashbackLot(
            "lucy", Money.of(amount, "USD"), transaction, null, NOW.minusDays(id), expires);
    try {
      Field field = CashbackLot.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(lot, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return lot;
  }
}
