package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Partial refunds in any order and size (jqwik prints the seed of any failing case): what is
 * reversed never exceeds the grant, and refunding the whole price reverses exactly the grant.
 */
class RefundReversalPropertiesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Property(tries = 500)
  void partialRefunds_neverReverseMoreThanGranted_andAFullRefundReversesExactly(
      @ForAll("prices") BigDecimal price,
      @ForAll @IntRange(min = 1, max = 100) int percent,
      @ForAll("cuts") List<Integer> cuts) {
    CashbackTransaction tx = granted(price, percent);
    Money granted = tx.cashback();
    Money refundedSoFar = Money.zero(granted.currency());
    Money reversedSoFar = Money.zero(granted.currency());
    for (int cut : cuts) {
      Money part = Money.of(price, "USD").percent(BigDecimal.valueOf(cut)).roundDownToMinorUnit();
      reversedSoFar = reversedSoFar.plus(tx.refundPurchase(part, NOW));
      refundedSoFar = refundedSoFar.plus(part);
      assertThat(reversedSoFar.compareTo(granted)).isLessThanOrEqualTo(0);
      assertThat(tx.outstanding()).isEqualTo(granted.minus(reversedSoFar));
      assertThat(tx.outstanding().isNegative()).isFalse();
    }
    Money rest = Money.of(price, "USD").minus(refundedSoFar);
    if (rest.isPositive()) {
      reversedSoFar = reversedSoFar.plus(tx.refundPurchase(rest, NOW));
    }
    assertThat(reversedSoFar).isEqualTo(granted);
    assertThat(tx.outstanding().isZero()).isTrue();
    assertThat(tx.getStatus()).isEqualTo(CashbackStatus.DECLINED);
  }

  @Property(tries = 200)
  void reversalAfterConfirmation_isReversedAndBounded(
      @ForAll("prices") BigDecimal price, @ForAll @IntRange(min = 1, max = 99) int cut) {
    CashbackTransaction tx = granted(price, 10);
    tx.confirm(NOW);
    Money part = Money.of(price, "USD").percent(BigDecimal.valueOf(cut)).roundDownToMinorUnit();
    Money reversed = tx.refundPurchase(part, NOW);
    assertThat(reversed.compareTo(tx.cashback())).isLessThanOrEqualTo(0);
    if (reversed.isPositive()) {
      assertThat(tx.getStatus()).isEqualTo(CashbackStatus.REVERSED);
    }
  }

  @Property(tries = 500)
  void donatedShare_comesBackWithReversals_neverMore_andExactlyOnAFullOne(
      @ForAll("prices") BigDecimal price,
      @ForAll @IntRange(min = 0, max = 100) int share,
      @ForAll("cuts") List<Integer> cuts) {
    CashbackTransaction tx = granted(price, 10);
    tx.donate(BigDecimal.valueOf(share));
    Money confirmed = tx.confirm(NOW);
    Money donated = tx.donateOnConfirmation(confirmed);
    assertThat(donated.compareTo(confirmed)).isLessThanOrEqualTo(0);
    Money fromCause = Money.zero(donated.currency());
    for (int cut : cuts) {
      Money part = Money.of(price, "USD").percent(BigDecimal.valueOf(cut)).roundDownToMinorUnit();
      Money reversed = tx.refundPurchase(part, NOW);
      Money back = tx.reverseDonation(reversed);
      assertThat(back.compareTo(reversed)).isLessThanOrEqualTo(0);
      fromCause = fromCause.plus(back);
      assertThat(fromCause.compareTo(donated)).isLessThanOrEqualTo(0);
    }
    Money last = tx.refundPurchase(Money.of(price, "USD"), NOW);
    fromCause = fromCause.plus(tx.reverseDonation(last));
    assertThat(fromCause).isEqualTo(donated);
  }

  @Provide
  Arbitrary<BigDecimal> prices() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("100000"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(1, 40).list().ofMaxSize(6);
  }

  private static CashbackTransaction granted(BigDecimal price, int percent) {
    CashbackRule rule =
        new CashbackRule("r", AmountType.PERCENTAGE, BigDecimal.valueOf(percent), null);
    rule.assignId(1);
    Money paid = Money.of(price, "USD");
    PurchaseLine line = new PurchaseLine(1, "COURSE", "c", "Course", null, null, null, 1, paid);
    PurchaseFacts purchase =
        new PurchaseFacts("p", "u", "U", null, Set.of(), "USD", NOW, List.of(line));
    Money cashback = paid.percent(BigDecimal.valueOf(percent)).roundDownToMinorUnit();
    if (!cashback.isPositive()) {
      cashback = Money.of("0.01", "USD");
    }
    return CashbackTransaction.pending(
        purchase, new Accrual(line, rule, paid, cashback), NOW, NOW.plusDays(14));
  }
}
