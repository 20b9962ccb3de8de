package dev.cashback.plugin.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  @Test
  void of_writesTheLanguagesWay_toTheMinorUnit_roundedDown() {
    assertThat(MoneyFormat.of(new BigDecimal("1234.5099"), "USD", Locale.ENGLISH))
        .isEqualTo("$1,234.50");
    assertThat(MoneyFormat.of(new BigDecimal("1234.5099"), "USD", Locale.forLanguageTag("es")))
        .isEqualTo("1.234,50\u00a0US$");
    assertThat(MoneyFormat.of(new BigDecimal("99.99"), "JPY", Locale.ENGLISH)).isEqualTo("¥99");
    assertThat(MoneyFormat.of(new BigDecimal("2.5"), "EUR", Locale.forLanguageTag("ar")))
        .startsWith("\u2068")
        .endsWith("\u2069")
        .contains("\u0662\u066b\u0665\u0660");
    assertThat(MoneyFormat.of(null, "USD", Locale.ENGLISH)).isEmpty();
  }

  @Test
  void of_anUnknownCurrency_isRefused_andLeavesNoFormatBehind() {
    assertThatThrownBy(() -> MoneyFormat.of(BigDecimal.ONE, "XYZW", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MoneyFormat.of(BigDecimal.ONE, "XYZW", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The formats are kept, one per language and currency, and used by every thread: threads
   * formatting amounts in many languages and currencies at once get what one thread gets alone.
   * (Each call formats with a copy, as the API asks; this JDK's formats happen to lock themselves
   * while formatting, so sharing one would not show here.)
   */
  @Test
  void of_fromManyThreadsAtOnce_writesWhatOneThreadWrites() throws Exception {
    List<Locale> languages =
        List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
    List<String> currencies = List.of("USD", "EUR", "JPY");
    List<Supplier<String>> calls = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      BigDecimal amount = new BigDecimal(i * 7919L % 1_000_003).movePointLeft(i % 5);
      String currency = currencies.get(i % 3);
      Locale language = languages.get(i / 3 % 3);
      calls.add(() -> MoneyFormat.of(amount, currency, language));
    }
    ConcurrentCalls.giveWhatTheyGiveAlone(calls, 8, 20);
  }
}
