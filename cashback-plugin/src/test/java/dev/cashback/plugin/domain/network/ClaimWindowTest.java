package dev.cashback.plugin.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.network.ClaimWindow.Standing;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClaimWindowTest {

  private static final OffsetDateTime CLICKED =
      OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  private final ClaimWindow window = new ClaimWindow(2, 60);

  @Test
  void standing_beforeMinDays_isTooEarly() {
    assertThat(window.standing(CLICKED, CLICKED.plusDays(2).minusNanos(1), false, false))
        .isEqualTo(Standing.TOO_EARLY);
  }

  @Test
  void standing_fromMinDaysToMaxDays_isClaimable() {
    assertThat(window.standing(CLICKED, CLICKED.plusDays(2), false, false))
        .isEqualTo(Standing.CLAIMABLE);
    assertThat(window.standing(CLICKED, CLICKED.plusDays(61).minusNanos(1), false, false))
        .isEqualTo(Standing.CLAIMABLE);
  }

  @Test
  void standing_afterMaxDays_isTooLate() {
    assertThat(window.standing(CLICKED, CLICKED.plusDays(61), false, false))
        .isEqualTo(Standing.TOO_LATE);
  }

  @Test
  void standing_claimedOrConverted_winsOverTheWindow() {
    assertThat(window.standing(CLICKED, CLICKED.plusDays(5), true, true))
        .isEqualTo(Standing.CLAIMED);
    assertThat(window.standing(CLICKED, CLICKED, false, true)).isEqualTo(Standing.CONVERTED);
  }

  @Test
  void opensAndCloses_boundTheClaimableStanding() {
    assertThat(window.opens(CLICKED)).isEqualTo(CLICKED.plusDays(2));
    assertThat(window.closes(CLICKED)).isEqualTo(CLICKED.plusDays(61));
    assertThat(window.standing(CLICKED, window.opens(CLICKED), false, false))
        .isEqualTo(Standing.CLAIMABLE);
    assertThat(window.standing(CLICKED, window.closes(CLICKED), false, false))
        .isEqualTo(Standing.TOO_LATE);
  }
}
