package dev.cashback.plugin.infrastructure.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateAddressPolicyTest {

  private static PrivateAddressPolicy policy(boolean allowPrivate) {
    PrivateAddressPolicy policy = new PrivateAddressPolicy();
    policy.settings =
        new WebhooksConfig() {
          @Override
          public boolean allowPrivateAddresses() {
            return allowPrivate;
          }
        };
    return policy;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "::1",
        "fd00::1",
        "fe80::1",
        "224.0.0.1"
      })
  void isPrivate_loopbackLinkLocalPrivateAndTheLike(String address) throws Exception {
    assertThat(PrivateAddressPolicy.isPrivate(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"})
  void isPrivate_publicAddresses_areNot(String address) throws Exception {
    assertThat(PrivateAddressPolicy.isPrivate(InetAddress.getByName(address))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "https://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://10.0.0.7/hook",
        "ftp://93.184.216.34/hook",
        "https://user:pw@93.184.216.34/hook",
        "file:///etc/passwd"
      })
  void problemWith_refusesWhatCouldReachThePlatformsOwnNetwork(String address) {
    assertThat(policy(false).problemWith(URI.create(address))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8443/events"})
  void problemWith_publicHttpAddresses_pass(String address) {
    assertThat(policy(false).problemWith(URI.create(address))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:18080/hook", "http://localhost/hook"})
  void problemWith_privateAddressesWhenAllowed_pass(String address) {
    assertThat(policy(true).problemWith(URI.create(address))).isEmpty();
  }
}
