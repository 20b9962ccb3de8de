package dev.cashback.plugin.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.domain.accrual.ClawbackPolicy;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.infrastructure.intake.InboxConfig;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ConfigSectionTest {

  @Test
  void anUnsetKeyReadsItsDefaultFromConfigKeys() {
    CashbackConfig terms = read(new CashbackConfig(), Map.of());

    assertThat(terms.holdDays()).isEqualTo(14);
    assertThat(terms.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(terms.stacking()).isEqualTo(StackingPolicy.BEST);
    assertThat(terms.clawbackPolicy()).isEqualTo(ClawbackPolicy.of("negative"));
    assertThat(terms.donationDefaultShare()).isEqualByComparingTo("0");
    assertThat(terms.donationCause()).isEqualTo("Open Learning Fund");
    assertThat(terms.referralTerms().joiningBonus()).isEqualTo(Money.of("5.00", "USD"));
    assertThat(terms.referralTerms().qualifyingDays()).isEqualTo(30);
  }

  @Test
  void aConfiguredValueWins() {
    CashbackConfig terms =
        read(
            new CashbackConfig(),
            Map.of(ConfigKeys.HOLD_DAYS, "3", ConfigKeys.DONATION_CAUSE, "Libraries"));

    assertThat(terms.holdDays()).isEqualTo(3);
    assertThat(terms.donationCause()).isEqualTo("Libraries");
  }

  @Test
  void aKeyWithoutADefaultCannotBeReadAsOne() {
    ConfigSection section =
        new ConfigSection() {
          @Override
          protected void read() {
            text(ConfigKeys.MAIL_HOST);
          }
        };

    assertThatThrownBy(() -> read(section, Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ConfigKeys.MAIL_HOST);
  }

  @Test
  void theRetryTimerWaitsForTheCheckoutsWaitAndTheGathering() {
    InboxConfig inbox =
        read(
            new InboxConfig(),
            Map.of(
                ConfigKeys.INBOX_RETRY_SECONDS, "1",
                ConfigKeys.INBOX_GRANT_WAIT_MILLIS, "500",
                ConfigKeys.INBOX_GRANT_GATHER_MILLIS, "1000"));

    assertThat(inbox.grantGather()).isEqualTo(Duration.ofSeconds(1));
    assertThat(inbox.firstAttemptDelay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(read(new InboxConfig(), Map.of()).grantGather()).isZero();
    assertThat(
            read(new InboxConfig(), Map.of(ConfigKeys.INBOX_GRANT_GATHER_MILLIS, "60000"))
                .grantGather())
        .isEqualTo(Duration.ofSeconds(10));
  }

  /** The section as its bean is created: read from a configuration holding only {@code values}. */
  private static <S extends ConfigSection> S read(S section, Map<String, String> values) {
    section.config =
        (Config)
            Proxy.newProxyInstance(
                Config.class.getClassLoader(),
                new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("getOptionalValue")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  String value = values.get((String) args[0]);
                  Class<?> type = (Class<?>) args[1];
                  if (value == null) {
                    return Optional.empty();
                  }
                  return Optional.of(
                      type == Integer.class
                          ? Integer.valueOf(value)
                          : type == Long.class
                              ? Long.valueOf(value)
                              : type == BigDecimal.class ? new BigDecimal(value) : value);
                });
    section.readOnce();
    return section;
  }
}
