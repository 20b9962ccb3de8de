package dev.cashback.sample.lms.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether a proxy in front of the platform reports the client's address ({@value #FORWARDED_FOR}),
 * and which addresses are such proxies ({@value #TRUSTED}; empty means the one proxy that connects
 * to the platform, which must then be the only way in).
 */
record ProxySettings(boolean forwardedFor, Set<String> trustedAddresses) {

  static final String FORWARDED_FOR = "lms.proxy.forwarded-for";
  static final String TRUSTED = "lms.proxy.trusted-addresses";

  /** No proxy: the connection's address is the client's. */
  static final ProxySettings NONE = new ProxySettings(false, Set.of());

  /** Whether {@code peer}, the connection's address, is a proxy whose header may be read. */
  boolean trusts(String peer) {
    return trustedAddresses.isEmpty() || trustedAddresses.contains(peer);
  }

  static ProxySettings fromConfig() {
    Config config = ConfigProvider.getConfig();
    return new ProxySettings(
        config.getOptionalValue(FORWARDED_FOR, Boolean.class).orElse(false),
        config
            .getOptionalValue(TRUSTED, String.class)
            .map(
                list ->
                    Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
            .orElse(Set.of()));
  }
}
