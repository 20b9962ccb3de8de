package dev.cashback.plugin.domain.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecondApprovalThresholdsTest {

  private final SecondApprovalThresholds thresholds =
      SecondApprovalThresholds.parse("USD 100.00, eur 100, JPY 15000");

  @Test
  void needsTwoApprovals_comparesWithinTheCurrency() {
    assertThat(thresholds.needsTwoApprovals(Money.of("100.00", "USD"))).isFalse();
    assertThat(thresholds.needsTwoApprovals(Money.of("100.01", "USD"))).isTrue();
    assertThat(thresholds.needsTwoApprovals(Money.of("100", "EUR"))).isFalse();
    assertThat(thresholds.needsTwoApprovals(Money.of("15000", "JPY"))).isFalse();
    assertThat(thresholds.needsTwoApprovals(Money.of("15001", "JPY"))).isTrue();
  }

  @Test
  void needsTwoApprovals_currencyWithoutThreshold_alwaysTwo() {
    assertThat(thresholds.needsTwoApprovals(Money.of("100.000", "KWD"))).isTrue();
    assertThat(thresholds.needsTwoApprovals(Money.of("0.001", "KWD"))).isTrue();
    assertThat(SecondApprovalThresholds.parse(" ").needsTwoApprovals(Money.of("1", "USD")))
        .isTrue();
  }

  @Test
  void thresholdFor_readsTheConfiguredAmount() {
    assertThat(thresholds.thresholdFor("EUR")).contains(Money.of("100", "EUR"));
    assertThat(thresholds.thresholdFor("KWD")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"100", "USD", "USD 100, 50", "XYZ 10", "USD -1", "USD ten", "USD 1, USD 2"})
  void parse_bareNumberOrMalformedEntry_isRefusedWithItsReason(String text) {
    assertThatThrownBy(() -> SecondApprovalThresholds.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(".");
  }
}
