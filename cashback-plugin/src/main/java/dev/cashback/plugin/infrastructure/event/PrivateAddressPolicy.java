package dev.cashback.plugin.infrastructure.event;

import dev.cashback.plugin.application.event.AddressPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps endpoints off the platform's own network: an address must be http or https, name a host
 * that resolves, and every address it resolves to must be public: not loopback, link-local (the
 * cloud metadata service lives there), private (10/8, 172.16/12, 192.168/16, fc00::/7), unspecified
 * or multicast. {@code cashback.webhooks.allow-private-addresses} lifts the rule for test rigs and
 * closed networks. The sender checks again before each attempt, so a name that later resolves to a
 * private address is refused then.
 */
@ApplicationScoped
public class PrivateAddressPolicy implements AddressPolicy {

  @Inject WebhooksConfig settings;

  @Override
  public Optional<String> problemWith(URI address) {
    String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("Give an http or https address.");
    }
    String host = address.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("The address names no host.");
    }
    if (address.getUserInfo() != null) {
      return Optional.of("Leave credentials out of the address; the secret signs each event.");
    }
    if (settings.allowPrivateAddresses()) {
      return Optional.empty();
    }
    try {
      for (InetAddress resolved : InetAddress.getAllByName(host)) {
        if (isPrivate(resolved)) {
          return Optional.of(
              host
                  + " is a loopback, link-local or private address; events go to public addresses"
                  + " only.");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of(host + " cannot be found.");
    }
    return Optional.empty();
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    if (address instanceof Inet6Address) {
      byte first = address.getAddress()[0];
      return (first & 0xfe) == 0xfc; // unique local addresses, fc00::/7
    }
    byte[] v4 = address.getAddress();
    // 100.64/10 (carrier-grade NAT) and 0/8 are not public either.
    return (v4[0] == 100 && (v4[1] & 0xc0) == 64) || v4[0] == 0;
  }
}
