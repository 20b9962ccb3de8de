package dev.cashback.plugin.application.event;

import java.net.URI;
import java.util.Optional;

/**
 * Port: whether the plugin may send to an address. An endpoint is an address an admin typed, and
 * the server sends to it: without this check it could be made to reach the platform's own private
 * services (server-side request forgery).
 */
public interface AddressPolicy {

  /** Why the plugin may not send to {@code address}; empty when it may. */
  Optional<String> problemWith(URI address);
}
