package dev.cashback.plugin.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How cashback spent on a purchase comes back, refund by refund. */
class SpentCashbackTest {

  private static final SpentCashback.Earlier NONE = new SpentCashback.Earlier(usd("0"), usd("0"));

  @Test
  void aWholePurchaseRefund_returnsTheShareOfTheMoneyRefunded_roundedDown() {
    // 10.00 spent, 30.00 paid: a third refunded returns 3.33, then the rest returns 6.67.
    SpentCashback spending = SpentCashback.on("USD", List.of(line(1, "a", "10.00", "30.00")));
    Money first = spending.toReturn(SpentCashback.Refund.ofWholePurchase(usd("10.00")), NONE);
    assertThat(first).isEqualTo(usd("3.33"));
    Money second =
        spending.toReturn(
            SpentCashback.Refund.ofWholePurchase(usd("20.00")),
            new SpentCashback.Earlier(usd("10.00"), first));
    assertThat(second).isEqualTo(usd("6.67"));
  }

  @Test
  void aLineRefundedInTwoParts_getsBackExactlyWhatWasSpentOnIt() {
    SpentCashback spending =
        SpentCashback.on(
            "USD", List.of(line(1, "a", "1.00", "2.00"), line(2, "b", "5.00", "10.00")));
    Money first =
        spending.toReturn(
            SpentCashback.Refund.ofItems(usd("1.00"), Map.of(1, usd("1.00")), Set.of("a")), NONE);
    assertThat(first).isEqualTo(usd("0.50"));
    Money second =
        spending.toReturn(
            SpentCashback.Refund.ofItems(usd("1.00"), Map.of(1, usd("2.00")), Set.of("a")),
            new SpentCashback.Earlier(usd("1.00"), first));
    assertThat(second).isEqualTo(usd("0.50"));
  }

  @Test
  void aLinePaidWhollyWithCashback_comesBackWhenARefundNamesIt() {
    SpentCashback spending =
        SpentCashback.on("USD", List.of(line(1, "a", "4.00", "0"), line(2, "b", "0", "10.00")));
    assertThat(
            spending.toReturn(
                SpentCashback.Refund.ofItems(usd("5.00"), Map.of(2, usd("5.00")), Set.of("b")),
                NONE))
        .isEqualTo(usd("0"));
    assertThat(
            spending.toReturn(
                SpentCashback.Refund.ofItems(usd("0"), Map.of(2, usd("5.00")), Set.of("a", "b")),
                new SpentCashback.Earlier(usd("5.00"), usd("0"))))
        .isEqualTo(usd("4.00"));
  }

  @Test
  void aPurchasePaidWhollyWithCashback_isReturnedWholeByItsFirstRefund() {
    SpentCashback spending = SpentCashback.on("USD", List.of(line(1, "a", "12.00", "0")));
    assertThat(spending.toReturn(SpentCashback.Refund.ofWholePurchase(usd("0")), NONE))
        .isEqualTo(usd("12.00"));
  }

  @Test
  void neverMoreThanTheLedgerRecorded() {
    SpentCashback spending =
        SpentCashback.on("USD", List.of(line(1, "a", "10.00", "10.00"))).atMost(usd("4.00"));
    assertThat(spending.toReturn(SpentCashback.Refund.ofWholePurchase(usd("10.00")), NONE))
        .isEqualTo(usd("4.00"));
  }

  @Test
  void nothingSpent_nothingReturned() {
    SpentCashback spending = SpentCashback.on("USD", List.of(line(1, "a", "0", "10.00")));
    assertThat(spending.toReturn(SpentCashback.Refund.ofWholePurchase(usd("10.00")), NONE))
        .isEqualTo(usd("0"));
  }

  private static SpentCashback.Line line(int lineNo, String target, String spent, String cash) {
    return new SpentCashback.Line(lineNo, target, new BigDecimal(spent), new BigDecimal(cash));
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
