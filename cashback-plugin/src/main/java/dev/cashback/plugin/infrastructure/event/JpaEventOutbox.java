package dev.cashback.plugin.infrastructure.event;

import dev.cashback.plugin.application.event.EventOutbox;
import dev.cashback.plugin.application.shared.Jsons;
import dev.cashback.plugin.domain.event.DeliveryStatus;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.event.WebhookEndpoint;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import dev.cashback.plugin.infrastructure.persistence.SqlTimes;
import dev.cashback.plugin.infrastructure.persistence.TransactionResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Events and their deliveries in the caller's transaction and on its connection (the plugin's
 * entity manager), so they commit or roll back with the change they tell of. An event no endpoint
 * wants is not written at all. Each event is stored as the CloudEvents 1.0 JSON it is sent as
 * (structured mode), so every attempt sends the same bytes under the same id.
 */
@ApplicationScoped
public class JpaEventOutbox implements EventOutbox {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;
  @Inject WebhooksConfig settings;
  @Inject TransactionResources transaction;

  /** The key of the enabled endpoints a transaction has read, among its resources. */
  private static final String ENDPOINTS_OF_THE_TRANSACTION = EnabledEndpoints.class.getName();

  /** The endpoints enabled when the transaction first published an event. */
  private record EnabledEndpoints(List<WebhookEndpoint> endpoints) {}

  @Override
  public void publish(EventType type, String subject, JsonObject data) {
    List<Long> endpoints =
        transaction
            .keep(ENDPOINTS_OF_THE_TRANSACTION, EnabledEndpoints.class, this::enabledNow)
            .endpoints()
            .stream()
            // Managed: a change later in the transaction shows here (one fetched for a change,
            // added or removed has the endpoints read again).
            .filter(e -> e.isEnabled() && e.subscribesTo(type))
            .map(WebhookEndpoint::getId)
            .toList();
    if (endpoints.isEmpty()) {
      return;
    }
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = clock.now();
    String body =
        Jsons.object()
            .add("specversion", "1.0")
            .add("id", id)
            .add("source", settings.source())
            .add("type", type.cloudEventType())
            .add("subject", subject)
            .add("time", now.withOffsetSameInstant(ZoneOffset.UTC).toString())
            .add("datacontenttype", "application/json")
            .add("data", data)
            .build()
            .toString();
    em.createNativeQuery(
            "INSERT INTO cb_event (id, type, subject, occurred, body) VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, type.cloudEventType())
        .setParameter(3, subject)
        .setParameter(4, now)
        .setParameter(5, body)
        .executeUpdate();
    for (Long endpoint : endpoints) {
      long delivery =
          ((Number)
                  em.createNativeQuery(dialect.nextValue("cb_event_delivery_seq"))
                      .getSingleResult())
              .longValue();
      em.createNativeQuery(
              "INSERT INTO cb_event_delivery (id, event_id, endpoint_id, status, attempts,"
                  + " next_attempt_at) VALUES (?, ?, ?, 'QUEUED', 0, ?)")
          .setParameter(1, delivery)
          .setParameter(2, id)
          .setParameter(3, endpoint)
          .setParameter(4, now)
          .executeUpdate();
    }
  }

  /** Read once per transaction: a batch of grants publishes an event for every purchase. */
  private EnabledEndpoints enabledNow() {
    return new EnabledEndpoints(
        em.createQuery(
                "SELECT e FROM WebhookEndpoint e WHERE e.enabled = TRUE ORDER BY e.id",
                WebhookEndpoint.class)
            // Endpoints never change in the transaction of a grant: no flush of its work first.
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList());
  }

  @Override
  public List<WebhookEndpoint> endpoints() {
    return em.createQuery("SELECT e FROM WebhookEndpoint e ORDER BY e.id", WebhookEndpoint.class)
        .getResultList();
  }

  @Override
  public Optional<WebhookEndpoint> endpoint(long id) {
    transaction.readAgain(ENDPOINTS_OF_THE_TRANSACTION);
    return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
  }

  @Override
  public void add(WebhookEndpoint endpoint) {
    em.persist(endpoint);
    em.flush();
    transaction.readAgain(ENDPOINTS_OF_THE_TRANSACTION);
  }

  @Override
  public void remove(WebhookEndpoint endpoint) {
    em.createNativeQuery("DELETE FROM cb_event_delivery WHERE endpoint_id = ?")
        .setParameter(1, endpoint.getId())
        .executeUpdate();
    em.remove(endpoint);
    // Gone from the table before the endpoints are read again: that read does not flush (see
    // enabledNow), and an event for a removed endpoint would fail the commit on its foreign key.
    em.flush();
    transaction.readAgain(ENDPOINTS_OF_THE_TRANSACTION);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Delivery> deliveries(Long endpointId, DeliveryStatus status, int first, int max) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT d.id, d.event_id, e.type, e.subject, d.endpoint_id, p.url, d.status,"
                + " d.attempts, e.occurred, d.last_attempt_at, d.last_status, d.last_error,"
                + " d.delivered_at FROM cb_event_delivery d"
                + " JOIN cb_event e ON e.id = d.event_id"
                + " JOIN cb_webhook_endpoint p ON p.id = d.endpoint_id WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (endpointId != null) {
      sql.append(" AND d.endpoint_id = ?");
      params.add(endpointId);
    }
    if (status != null) {
      sql.append(" AND d.status = ?");
      params.add(status.name());
    }
    sql.append(" ORDER BY d.id DESC");
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    List<Object[]> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
    return rows.stream()
        .map(
            r ->
                new Delivery(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue(),
                    (String) r[5],
                    DeliveryStatus.valueOf((String) r[6]),
                    ((Number) r[7]).intValue(),
                    SqlTimes.utc(r[8]),
                    SqlTimes.utc(r[9]),
                    r[10] == null ? null : ((Number) r[10]).intValue(),
                    (String) r[11],
                    SqlTimes.utc(r[12])))
        .toList();
  }

  @Override
  public boolean resend(long deliveryId) {
    return em.createNativeQuery(
                "UPDATE cb_event_delivery SET status = 'QUEUED', attempts = 0,"
                    + " next_attempt_at = ?, last_error = NULL WHERE id = ?")
            .setParameter(1, clock.now())
            .setParameter(2, deliveryId)
            .executeUpdate()
        > 0;
  }
}
