package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TransactionFilterTest {

  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  @Test
  void daysAreWholeDaysInTheZone_theLastOneIncluded() {
    TransactionFilter filter =
        TransactionFilter.of(
            "COURSE",
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31),
            CashbackStatus.PENDING,
            "  Lena ",
            true,
            " usd",
            KOLKATA);
    assertThat(filter.itemType()).isEqualTo("COURSE");
    assertThat(filter.from()).isEqualTo(OffsetDateTime.parse("2026-03-01T00:00+05:30"));
    assertThat(filter.until()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00+05:30"));
    assertThat(filter.status()).isEqualTo(CashbackStatus.PENDING);
    assertThat(filter.userName()).isEqualTo("Lena");
    assertThat(filter.userId()).isNull();
    assertThat(filter.instructorId()).isNull();
    assertThat(filter.expiredOnly()).isTrue();
    assertThat(filter.currency()).isEqualTo("USD");
  }

  @Test
  void whatIsNotGivenDoesNotFilter() {
    assertThat(TransactionFilter.of(null, null, null, null, "   ", false, " ", KOLKATA))
        .isEqualTo(TransactionFilter.none());
  }
}
