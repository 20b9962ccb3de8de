package dev.cashback.plugin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  void equals_sameAmountDifferentScale_equalAndSameHash() {
    Money a = Money.of("2.50", "USD");
    Money b = Money.of("2.5", "USD");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.compareTo(b)).isZero();
  }

  @Test
  void equals_differentCurrency_notEqual() {
    assertThat(Money.of("1", "USD")).isNotEqualTo(Money.of("1", "EUR"));
  }

  @ParameterizedTest(name = "{0} {1} rounds down to {2}")
  @CsvSource({
    "4.999, USD, 4.99",
    "0.009, USD, 0.00",
    "1.5, JPY, 1",
    "99.9999, JPY, 99",
    "1.2349, BHD, 1.234",
    "10, INR, 10.00",
    "-1.239, EUR, -1.23"
  })
  void roundDownToMinorUnit_anyCurrency_neverRoundsUp(
      String amount, String currency, String expected) {
    Money rounded = Money.of(amount, currency).roundDownToMinorUnit();
    assertThat(rounded.amount()).isEqualByComparingTo(expected);
    assertThat(rounded.amount().scale())
        .isEqualTo(java.util.Currency.getInstance(currency).getDefaultFractionDigits());
  }

  @Test
  void percent_keepsFullPrecisionUntilRounded() {
    Money tenth = Money.of("0.33", "USD").percent(new BigDecimal("10"));
    assertThat(tenth.amount()).isEqualByComparingTo("0.033");
    assertThat(tenth.roundDownToMinorUnit().amount()).isEqualByComparingTo("0.03");
  }

  @Test
  void plus_otherCurrency_refused() {
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("EUR");
  }

  @Test
  void of_currencyWithoutMinorUnit_refused() {
    assertThatThrownBy(() -> Money.of("1", "XXX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XXX");
  }
}
