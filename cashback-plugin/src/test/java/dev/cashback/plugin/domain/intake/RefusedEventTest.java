package dev.cashback.plugin.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RefusedEventTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void postback_withATransactionId_isKeptUnderIt_withItsNetworkAndClick() {
    RefusedEvent e =
        new RefusedEvent(
            Refusal.ofPostback(
                "demo-network",
                "click-1",
                "order-7",
                "network:demo-network:order-7",
                "lucy",
                "Taken over",
                "{}"),
            NOW);

    assertThat(e.getKind()).isEqualTo(RefusedEvent.Kind.POSTBACK);
    assertThat(e.getEventId()).isEqualTo("order-7");
    assertThat(e.getPurchaseId()).isEqualTo("network:demo-network:order-7");
    assertThat(e.getUserId()).isEqualTo("lucy");
    assertThat(e.getNetworkCode()).isEqualTo("demo-network");
    assertThat(e.getClickId()).isEqualTo("click-1");
  }

  @Test
  void postback_withoutATransactionId_isKeptUnderItsClickId() {
    RefusedEvent e =
        new RefusedEvent(
            Refusal.ofPostback("demo-network", "click-1", null, null, null, "Disabled", "{}"), NOW);

    assertThat(e.getEventId()).isEqualTo("click-1");
    assertThat(e.getPurchaseId()).isNull();
  }

  @Test
  void hostEvent_hasNoNetworkNorClick_andIdsBeyondTheColumnsAreShortened() {
    RefusedEvent e =
        new RefusedEvent(
            Refusal.ofHostEvent(
                RefusedEvent.Kind.REFUND, "r".repeat(150), "p-1", null, "Wrong currency", "{}"),
            NOW);

    assertThat(e.getNetworkCode()).isNull();
    assertThat(e.getClickId()).isNull();
    assertThat(e.getEventId()).hasSize(RefusedEvent.ID_LENGTH).endsWith("\u2026");
  }

  @Test
  void hostEvent_cannotBeAPostback() {
    assertThatThrownBy(
            () -> Refusal.ofHostEvent(RefusedEvent.Kind.POSTBACK, "x", null, null, "why", "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
