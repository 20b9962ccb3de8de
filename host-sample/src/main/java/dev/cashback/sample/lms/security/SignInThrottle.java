package dev.cashback.sample.lms.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Slows password guessing: after 5 failed sign-ins for one user name ({@value #MAX_FAILURES}), or
 * 20 from one client address ({@value #MAX_FAILURES_PER_ADDRESS}), within 15 minutes ({@value
 * #WINDOW_MINUTES}), further attempts are refused unchecked for 15 minutes ({@value
 * #LOCK_MINUTES}), twice as long at each lock that follows (at most a day). A locked attempt is not
 * counted, so a lock ends when its time is up; a successful sign-in clears its user name's failures
 * (not its address's, which one valid account would otherwise reset). Kept in memory: a restart
 * forgets it, and each server of a cluster counts alone.
 */
@ApplicationScoped
public class SignInThrottle {

  public static final String MAX_FAILURES = "lms.signin.max-failures";
  public static final String MAX_FAILURES_PER_ADDRESS = "lms.signin.max-failures-per-address";
  public static final String WINDOW_MINUTES = "lms.signin.failure-window-minutes";
  public static final String LOCK_MINUTES = "lms.signin.lock-minutes";

  /** Above this many remembered names or addresses, the idle ones are forgotten. */
  private static final int PRUNE_ABOVE = 10_000;

  private final Map<String, Failures> byName = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();
  private Limits limits = new Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** How many failures lock, within what window, and for how long the first lock lasts. */
  record Limits(int perName, int perAddress, Duration window, Duration firstLock) {}

  public SignInThrottle() {}

  SignInThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  @PostConstruct
  void readLimits() {
    Config config = ConfigProvider.getConfig();
    limits =
        new Limits(
            config.getOptionalValue(MAX_FAILURES, Integer.class).orElse(5),
            config.getOptionalValue(MAX_FAILURES_PER_ADDRESS, Integer.class).orElse(20),
            Duration.ofMinutes(config.getOptionalValue(WINDOW_MINUTES, Integer.class).orElse(15)),
            Duration.ofMinutes(config.getOptionalValue(LOCK_MINUTES, Integer.class).orElse(15)));
  }

  /** How long sign-ins for this name or from this address stay refused; empty when they may try. */
  public Optional<Duration> lockedFor(String userName, String address) {
    Instant now = clock.instant();
    Duration name = remaining(byName.get(key(userName)), now);
    Duration from = remaining(byAddress.get(address), now);
    Duration longer = name.compareTo(from) >= 0 ? name : from;
    return longer.isZero() ? Optional.empty() : Optional.of(longer);
  }

  public void failed(String userName, String address) {
    Instant now = clock.instant();
    record(byName, key(userName), limits.perName(), now);
    record(byAddress, address, limits.perAddress(), now);
  }

  public void succeeded(String userName) {
    byName.remove(key(userName));
  }

  private void record(Map<String, Failures> failures, String key, int max, Instant now) {
    if (key == null) {
      return;
    }
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(f -> f.idle(now, limits.window()));
    }
    failures.computeIfAbsent(key, k -> new Failures()).add(now, max, limits);
  }

  private static Duration remaining(Failures failures, Instant now) {
    return failures == null ? Duration.ZERO : failures.lockedFor(now);
  }

  private static String key(String userName) {
    return userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
  }

  /** One name's or address's recent failures and locks. */
  private static final class Failures {

    private static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private final ArrayDeque<Instant> recent = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;
    private int locks;

    synchronized void add(Instant now, int max, Limits limits) {
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(limits.window()))) {
        recent.removeFirst();
      }
      recent.addLast(now);
      if (recent.size() >= max) {
        Duration lock = limits.firstLock().multipliedBy(1L << Math.min(locks, 10));
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        locks++;
        recent.clear();
      }
    }

    synchronized Duration lockedFor(Instant now) {
      return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** Nothing recent and no lock for a day: safe to forget (the lock count starts again). */
    synchronized boolean idle(Instant now, Duration window) {
      Instant last = recent.isEmpty() ? lockedUntil : recent.peekLast();
      return now.isAfter(last.plus(window).plus(LONGEST_LOCK));
    }
  }
}
