package dev.cashback.sample.lms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Repeated failed sign-ins lock a user name or an address for a while, longer each time. */
class SignInThrottleTest {

  private static final String ATTACKER = "203.0.113.5";

  private Instant now = Instant.parse("2026-03-01T10:00:00Z");
  private final SignInThrottle throttle =
      new SignInThrottle(
          new SignInThrottle.Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void fiveFailuresForOneName_lockThatName_forAWhile_thenTwiceAsLong() {
    failTimes("lucy", ATTACKER, 4);
    assertThat(throttle.lockedFor("lucy", "198.51.100.1")).isEmpty();
    throttle.failed("Lucy", ATTACKER);
    assertThat(throttle.lockedFor("lucy", "198.51.100.1")).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("leo", "198.51.100.1")).isEmpty();

    now = now.plus(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("lucy", "198.51.100.1")).isEmpty();
    failTimes("lucy", ATTACKER, 5);
    assertThat(throttle.lockedFor("lucy", "198.51.100.1")).contains(Duration.ofMinutes(30));
  }

  @Test
  void failuresFurtherApartThanTheWindow_doNotAddUp() {
    failTimes("lucy", ATTACKER, 4);
    now = now.plus(Duration.ofMinutes(16));
    failTimes("lucy", ATTACKER, 4);
    assertThat(throttle.lockedFor("lucy", ATTACKER)).isEmpty();
  }

  @Test
  void aSuccessfulSignIn_clearsTheNamesFailures() {
    failTimes("lucy", ATTACKER, 4);
    throttle.succeeded("lucy");
    failTimes("lucy", ATTACKER, 4);
    assertThat(throttle.lockedFor("lucy", ATTACKER)).isEmpty();
  }

  @Test
  void twentyFailuresFromOneAddress_acrossNames_lockThatAddressForEveryName() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("name-" + i, ATTACKER);
    }
    assertThat(throttle.lockedFor("leo", ATTACKER)).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("leo", "198.51.100.1")).isEmpty();
  }

  private void failTimes(String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(name, address);
    }
  }
}
