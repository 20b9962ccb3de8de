package dev.cashback.plugin.application.event;

import dev.cashback.plugin.domain.event.DeliveryStatus;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.event.WebhookEndpoint;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Port: where events are written, in the caller's transaction, with one delivery for each enabled
 * endpoint that wants their type; and where endpoints and deliveries are kept. Infrastructure
 * implements it (tables, and a sender on every node).
 */
public interface EventOutbox {

  /** Writes one event of {@code type} about {@code subject} carrying {@code data}. */
  void publish(EventType type, String subject, JsonObject data);

  List<WebhookEndpoint> endpoints();

  Optional<WebhookEndpoint> endpoint(long id);

  void add(WebhookEndpoint endpoint);

  /** Removes an endpoint and its deliveries. */
  void remove(WebhookEndpoint endpoint);

  /** The newest deliveries, of one endpoint and status when given. */
  List<Delivery> deliveries(Long endpointId, DeliveryStatus status, int first, int max);

  /** Queues a delivery again, now, whatever became of it; false when there is none. */
  boolean resend(long deliveryId);

  /** One event's delivery to one endpoint, as the admin sees it. */
  record Delivery(
      long id,
      String eventId,
      String eventType,
      String subject,
      long endpointId,
      String url,
      DeliveryStatus status,
      int attempts,
      java.time.OffsetDateTime occurredAt,
      java.time.OffsetDateTime lastAttemptAt,
      Integer lastStatus,
      String lastError,
      java.time.OffsetDateTime deliveredAt) {}
}
