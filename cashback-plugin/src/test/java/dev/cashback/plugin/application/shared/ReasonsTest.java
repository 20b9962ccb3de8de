package dev.cashback.plugin.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.domain.shared.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void aRequiredReasonIsStripped_orRefusedOnTheReasonField() {
    assertThat(Reasons.required(" Duplicate charge ")).isEqualTo("Duplicate charge");
    for (String bad : new String[] {null, " ", "r".repeat(501), "<script>x</script>"}) {
      assertThatThrownBy(() -> Reasons.required(bad))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).fieldErrors())
                      .isEqualTo(Map.of("reason", Reason.RULE)));
    }
  }

  @Test
  void anOptionalReasonMayBeLeftOut_butWhenGivenFollowsTheSameRule() {
    assertThat(Reasons.optional(null)).isNull();
    assertThat(Reasons.optional("  ")).isNull();
    assertThat(Reasons.optional(" Abuse ")).isEqualTo("Abuse");
    assertThatThrownBy(() -> Reasons.optional("r".repeat(501)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Reasons.optional("<b>x</b>"))
        .isInstanceOf(InvalidInputException.class);
  }
}
