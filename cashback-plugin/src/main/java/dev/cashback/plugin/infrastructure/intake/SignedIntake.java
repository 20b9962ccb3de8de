package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.shared.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Purchases, refunds and course progress posted by hosts outside the JVM: recorded exactly like a
 * CDI event, in a transaction of their own; purchases are then granted in the background in
 * batches.
 */
@ApplicationScoped
public class SignedIntake {

  @Inject InboxWriter inbox;
  @Inject InboxBatchDrain drain;
  @Inject InboxAttempts processing;
  @Inject ProgressWriter progressWriter;

  @Inject
  @ConfigProperty(name = ConfigKeys.WEBHOOK_SECRET)
  Optional<String> secret;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.WEBHOOK_MAX_AGE_SECONDS,
      defaultValue = ConfigKeys.WEBHOOK_MAX_AGE_SECONDS_DEFAULT)
  long maxAgeSeconds;

  @Inject Config config;

  /** The shared secret, when a host has been given one; without it the intake is closed. */
  public Optional<String> secret() {
    return secret.filter(s -> !s.isBlank());
  }

  /**
   * The secret of the host that names itself in {@code X-Cashback-Host}: {@code
   * cashback.webhook.secret.<host>}, so several shops or sites can post with secrets of their own
   * and one can be rotated without the others. Without a host name, the default secret.
   */
  public Optional<String> secret(String host) {
    if (host == null || host.isBlank()) {
      return secret();
    }
    if (!host.matches("[A-Za-z0-9_-]{1,64}")) {
      return Optional.empty();
    }
    return config
        .getOptionalValue(ConfigKeys.WEBHOOK_SECRET + "." + host, String.class)
        .filter(s -> !s.isBlank());
  }

  public Duration maxAge() {
    return Duration.ofSeconds(maxAgeSeconds);
  }

  /**
   * Records the purchase; false when this purchase id had been accepted before. Outside any
   * transaction: the inbox row is one statement that commits by itself (one round trip, where a
   * transaction of its own took four: the savepoint that guards a host's transaction, the insert,
   * its release and the commit).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean record(PurchaseCompleted purchase) throws SQLException {
    // Nothing waits on this purchase right after the commit: the drain takes it at once.
    return inbox.accept(purchase, Duration.ZERO);
  }

  /**
   * Records a batch of checked purchases with distinct ids in one transaction, all or none (a
   * failed statement rolls back the rows written before it): the ids newly accepted and those too
   * large to store (the others had been accepted before).
   */
  @Transactional(rollbackOn = SQLException.class)
  public InboxWriter.Recorded recordAll(List<PurchaseCompleted> purchases) throws SQLException {
    return inbox.acceptAll(purchases);
  }

  /** Records the refund; false when this refund id had been accepted before. */
  @Transactional
  public boolean record(PurchaseRefunded refund) throws SQLException {
    return inbox.accept(refund);
  }

  /** Records a learner's progress through a course; true when it is more than was known. */
  @Transactional
  public boolean record(CourseProgressed progress) throws SQLException {
    return progressWriter.record(progress);
  }

  /** The currency of the purchase, if it was received. */
  public Optional<String> purchaseCurrency(String purchaseId) {
    return inbox.purchaseCurrency(purchaseId);
  }

  /** Reverses the refunds' cashback in the background, one after the other; the caller goes on. */
  public void processRefunds(List<String> refundIds) {
    processing.processInBackground(Inbox.REFUNDS, refundIds);
  }

  /** Reverses the refund's cashback now, or by the retry timer if its purchase is not in yet. */
  public void processRefund(String refundId) {
    processing.processAfterCommit(Inbox.REFUNDS, refundId);
  }

  /** Grants in the background, in batches; the caller does not wait. */
  public void process() {
    drain.request();
  }
}
