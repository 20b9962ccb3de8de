package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.ConfigSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The intake's settings: whether the host's CDI events are taken in, the checkout's wait for its
 * grant, the pace of the grants that gather purchases, the retry interval and how many grant
 * batches run at once.
 */
@ApplicationScoped
public class InboxConfig extends ConfigSection {

  private long retrySeconds;
  private long grantWaitMillis;
  private long grantGatherMillis;
  private boolean hostEvents;
  private long drains;

  @Override
  protected void read() {
    retrySeconds = longInteger(ConfigKeys.INBOX_RETRY_SECONDS);
    grantWaitMillis = longInteger(ConfigKeys.INBOX_GRANT_WAIT_MILLIS);
    grantGatherMillis = longInteger(ConfigKeys.INBOX_GRANT_GATHER_MILLIS);
    hostEvents = flag(ConfigKeys.HOST_EVENTS_ENABLED);
    drains = longInteger(ConfigKeys.INBOX_DRAINS);
  }

  /**
   * Whether the observers of the host's CDI events take them in; the signed intake is unaffected.
   */
  public boolean hostEvents() {
    return hostEvents;
  }

  /** How long a failed attempt waits before the next (doubled per attempt, up to an hour). */
  public Duration retryInterval() {
    return Duration.ofSeconds(Math.max(1, retrySeconds));
  }

  /**
   * How many grant batches a node runs at once, 1 to 16: of the signed intake, and apart of the
   * purchases hosts have just committed.
   */
  public int drains() {
    return (int) Math.min(16, Math.max(1, drains));
  }

  /** How long the checkout waits after its commit for the cashback, so the receipt shows it. */
  public Duration grantWait() {
    return Duration.ofMillis(Math.max(0, grantWaitMillis));
  }

  /**
   * How long after the previous grant a grant after the host's commit starts at the soonest (unless
   * a full batch waits), 0 to 10 seconds: under load, the purchases committed meanwhile share its
   * transaction and its commit; after a quiet spell a purchase is granted at once.
   */
  public Duration grantGather() {
    return Duration.ofMillis(Math.min(10_000, Math.max(0, grantGatherMillis)));
  }

  /**
   * The first attempt belongs to the processing right after the host's commit. Were the event due
   * at once, the retry timer could claim it first: the after-commit processing would then skip the
   * locked row and return at once, and the receipt would show no cashback although it is on its
   * way. The timer takes over only after the checkout's wait and the gathering (or one retry
   * interval) have passed.
   */
  public Duration firstAttemptDelay() {
    Duration retry = retryInterval();
    Duration wait = grantWait().plus(grantGather());
    return retry.compareTo(wait) >= 0 ? retry : wait;
  }
}
