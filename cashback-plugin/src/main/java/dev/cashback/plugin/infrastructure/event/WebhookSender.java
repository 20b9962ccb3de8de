package dev.cashback.plugin.infrastructure.event;

import dev.cashback.plugin.infrastructure.scheduling.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due event deliveries on every node: each one POSTed as a CloudEvents structured JSON
 * body, signed by the Standard Webhooks scheme with its endpoint's secret, with the same {@code
 * webhook-id} (the event's id) on every attempt. A 2xx answer delivers it; anything else, or no
 * answer within 10 s, is tried again later. Redirects are not followed and the address is checked
 * again before each attempt, so a delivery never lands on a private address.
 */
@ApplicationScoped
public class WebhookSender implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

  /**
   * Deliveries claimed at a time: at most 15 s each (connect and answer), so a batch ends well
   * within the claim's lease and no other node takes one over while it is still being sent.
   */
  static final int BATCH = 5;

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject EventDeliveries deliveries;
  @Inject PrivateAddressPolicy addresses;
  @Inject WebhooksConfig settings;

  @Override
  public String name() {
    return "cashback-webhooks";
  }

  @Override
  public Duration interval() {
    return settings.interval();
  }

  @Override
  public void run() {
    List<EventDeliveries.Due> batch;
    do {
      batch = deliveries.claimDue(BATCH);
      for (EventDeliveries.Due due : batch) {
        try {
          send(due);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Event delivery " + due.id() + " could not be processed", e);
        }
      }
    } while (batch.size() == BATCH);
  }

  private void send(EventDeliveries.Due due) {
    URI address = URI.create(due.url());
    Optional<String> refused = addresses.problemWith(address);
    if (refused.isPresent()) {
      deliveries.failed(due.id(), due.attempts(), settings.maxAttempts(), null, refused.get());
      return;
    }
    // The receiver checks the timestamp against its own clock: the real time, never a moved one.
    long timestamp = Instant.now().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(address)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
            .header("webhook-id", due.eventId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                StandardWebhookSignature.sign(due.secret(), due.eventId(), timestamp, due.body()))
            .POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        deliveries.delivered(due.id(), status);
      } else {
        deliveries.failed(
            due.id(), due.attempts(), settings.maxAttempts(), status, "Answered " + status);
      }
    } catch (IOException e) {
      deliveries.failed(due.id(), due.attempts(), settings.maxAttempts(), null, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deliveries.failed(due.id(), due.attempts(), settings.maxAttempts(), null, "Interrupted");
    }
  }
}
