package dev.cashback.plugin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.api.EventLimits;
import org.junit.jupiter.api.Test;

class ReasonTest {

  @Test
  void aReasonIsPlainTextOfOneTo500Characters_withoutTheSpaceAroundIt() {
    assertThat(new Reason("  Duplicate charge \n").text()).isEqualTo("Duplicate charge");
    assertThat(Reason.isReason("r".repeat(500))).isTrue();
    assertThat(Reason.isReason("  " + "r".repeat(500) + "  ")).isTrue();
    assertThat(Reason.isReason("tab\tseparated")).isTrue();
  }

  @Test
  void missing_tooLong_orMarkup_isNoReason_withOneMessage() {
    for (String text :
        new String[] {null, "", "   ", "r".repeat(501), "<img src=x>", "a > b", "bell\u0007"}) {
      assertThat(Reason.isReason(text)).as(String.valueOf(text)).isFalse();
      assertThatThrownBy(() -> new Reason(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(Reason.RULE);
    }
  }

  @Test
  void theLimitIsTheOneHostsAreToldOf() {
    assertThat(Reason.MAX_LENGTH).isEqualTo(EventLimits.REASON);
    assertThat(Reason.RULE).contains(String.valueOf(Reason.MAX_LENGTH));
  }
}
