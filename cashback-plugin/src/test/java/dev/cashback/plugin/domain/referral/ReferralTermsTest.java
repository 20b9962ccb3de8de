package dev.cashback.plugin.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.domain.shared.Money;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralTermsTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void parseOtherCurrencies_readsEachCurrencysThreeAmounts() {
    List<ReferralAmounts> amounts =
        ReferralTerms.parseOtherCurrencies("JPY 5000/500/1000, bhd 20.000/2.000/4.000");
    assertThat(amounts).extracting(ReferralAmounts::currency).containsExactly("JPY", "BHD");
    assertThat(amounts.get(0).qualifying()).isEqualTo(Money.of("5000", "JPY"));
    assertThat(amounts.get(1).referrer()).isEqualTo(Money.of("4", "BHD"));
    assertThat(ReferralTerms.parseOtherCurrencies(" ")).isEmpty();
  }

  @Test
  void parseOtherCurrencies_namesTheEntryItCannotRead() {
    assertThatThrownBy(() -> ReferralTerms.parseOtherCurrencies("JPY 5000/500"))
        .hasMessageContaining("'JPY 5000/500'");
    assertThatThrownBy(() -> ReferralTerms.parseOtherCurrencies("YEN 5000/500/1000"))
        .hasMessageContaining("'YEN 5000/500/1000'");
    assertThatThrownBy(() -> ReferralTerms.parseOtherCurrencies("JPY five/500/1000"))
        .hasMessageContaining("no amounts");
    assertThatThrownBy(() -> ReferralTerms.parseOtherCurrencies("JPY -1/500/1000"))
        .hasMessageContaining("zero or more");
  }

  @Test
  void terms_refuseACurrencyTwice() {
    assertThatThrownBy(
            () ->
                new ReferralTerms(
                    Money.of("50", "USD"),
                    30,
                    Money.of("5", "USD"),
                    Money.of("10", "USD"),
                    ReferralTerms.parseOtherCurrencies("USD 60/6/12")))
        .hasMessageContaining("USD more than once");
  }

  @Test
  void qualifiesWith_eachCurrencyAgainstItsOwnAmount_neverConverted() {
    Referral referral =
        new Referral(
            "referee",
            "referrer",
            "CODE1234",
            new ReferralTerms(
                Money.of("50.00", "USD"),
                30,
                Money.of("5.00", "USD"),
                Money.of("10.00", "USD"),
                ReferralTerms.parseOtherCurrencies("JPY 5000/500/1000")),
            NOW);
    assertThat(referral.qualifiesWith(Money.of("49.99", "USD"))).isFalse();
    assertThat(referral.qualifiesWith(Money.of("50.00", "USD"))).isTrue();
    assertThat(referral.qualifiesWith(Money.of("4999", "JPY"))).isFalse();
    assertThat(referral.qualifiesWith(Money.of("5000", "JPY"))).isTrue();
    assertThat(referral.qualifiesWith(Money.of("100000", "EUR")))
        .as("a currency the programme does not name")
        .isFalse();
    assertThat(referral.amounts())
        .extracting(ReferralAmounts::currency)
        .containsExactly("USD", "JPY");
  }
}
