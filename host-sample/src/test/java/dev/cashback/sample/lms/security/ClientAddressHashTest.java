package dev.cashback.sample.lms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Addresses are handed on as a keyed hash, under a secret a real server must be given. */
class ClientAddressHashTest {

  private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

  @Test
  void of_dependsOnTheSecret_andIsStableUnderIt() {
    ClientAddressHash hash = new ClientAddressHash(SECRET);
    assertThat(hash.of("198.51.100.7"))
        .hasSize(64)
        .isEqualTo(new ClientAddressHash(SECRET).of("198.51.100.7"))
        .isNotEqualTo(hash.of("198.51.100.8"))
        .isNotEqualTo(new ClientAddressHash(SECRET + "x").of("198.51.100.7"));
    assertThat(hash.of(null)).isNull();
  }

  @Test
  void secret_theDemoDefaultOnlyInADemo() {
    assertThat(ClientAddressHash.secret(Optional.empty(), true))
        .isEqualTo(ClientAddressHash.DEMO_SECRET);
    assertThat(ClientAddressHash.secret(Optional.of(SECRET), false)).isEqualTo(SECRET);
  }

  @Test
  void secret_missingShortOrTheDemoOne_isRefusedOutsideADemo() {
    assertThatThrownBy(() -> ClientAddressHash.secret(Optional.empty(), false))
        .hasMessageContaining("lms.client-address.secret is not set");
    assertThatThrownBy(() -> ClientAddressHash.secret(Optional.of(" "), false))
        .hasMessageContaining("is not set");
    assertThatThrownBy(
            () -> ClientAddressHash.secret(Optional.of(ClientAddressHash.DEMO_SECRET), false))
        .hasMessageContaining("demo");
    assertThatThrownBy(() -> ClientAddressHash.secret(Optional.of("short"), false))
        .hasMessageContaining("shorter than 32");
  }
}
