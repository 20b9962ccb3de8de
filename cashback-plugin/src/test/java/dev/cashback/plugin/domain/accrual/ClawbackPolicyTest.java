package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.domain.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClawbackPolicyTest {

  @ParameterizedTest(name = "{0}: reverse {1} from {2} available takes {3}")
  @CsvSource({
    "negative, 5.00, 10.00, 5.00",
    "negative, 5.00, 2.00, 5.00",
    "negative, 5.00, -3.00, 5.00",
    "available-only, 5.00, 10.00, 5.00",
    "available-only, 5.00, 2.00, 2.00",
    "available-only, 5.00, 0, 0",
    "available-only, 5.00, -3.00, 0"
  })
  void collectable_perPolicy(String policy, String reversed, String available, String taken) {
    Money result =
        ClawbackPolicy.of(policy)
            .collectable(Money.of(reversed, "USD"), Money.of(available, "USD"));
    assertThat(result.amount()).isEqualByComparingTo(taken);
  }

  @ParameterizedTest
  @CsvSource({"sometimes", "''"})
  void of_unknownValue_namesTheKey(String value) {
    assertThatThrownBy(() -> ClawbackPolicy.of(value))
        .hasMessageContaining("cashback.clawback-policy");
  }
}
