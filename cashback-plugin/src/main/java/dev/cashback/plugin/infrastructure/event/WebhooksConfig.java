package dev.cashback.plugin.infrastructure.event;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.ConfigSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** How events are sent: how often, how many attempts, where to, and under which source. */
@ApplicationScoped
public class WebhooksConfig extends ConfigSection {

  private long intervalSeconds;
  private int maxAttempts;
  private boolean allowPrivateAddresses;
  private String source;

  @Override
  protected void read() {
    intervalSeconds = longInteger(ConfigKeys.WEBHOOKS_INTERVAL_SECONDS);
    maxAttempts = integer(ConfigKeys.WEBHOOKS_MAX_ATTEMPTS);
    allowPrivateAddresses = flag(ConfigKeys.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES);
    source = text(ConfigKeys.EVENTS_SOURCE);
  }

  public Duration interval() {
    return Duration.ofSeconds(Math.max(1, intervalSeconds));
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public boolean allowPrivateAddresses() {
    return allowPrivateAddresses;
  }

  public String source() {
    return source;
  }
}
