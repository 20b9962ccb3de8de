package dev.cashback.plugin.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An address an admin registered to receive events: the types it wants (all when none is named),
 * whether it is enabled, and the secret its deliveries are signed with ({@code whsec_} and the
 * base64 of the key, as the Standard Webhooks specification writes it).
 */
@Entity
@Table(name = "cb_webhook_endpoint")
public class WebhookEndpoint {

  /** The stored list of types meaning every type, now and later. */
  static final String ALL = "*";

  @Id
  @SequenceGenerator(
      name = "cb_webhook_endpoint_seq",
      sequenceName = "cb_webhook_endpoint_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_webhook_endpoint_seq")
  private Long id;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(length = 200)
  private String description;

  @Column(name = "event_types", nullable = false, length = 2000)
  private String eventTypes;

  @Column(nullable = false, length = 100)
  private String secret;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected WebhookEndpoint() {}

  public WebhookEndpoint(
      String url,
      String description,
      Set<EventType> types,
      boolean enabled,
      String secret,
      OffsetDateTime now) {
    this.secret = secret;
    this.createdAt = now;
    change(url, description, types, enabled, now);
  }

  /** New address, description, types and state; the secret stays. */
  public void change(
      String url, String description, Set<EventType> types, boolean enabled, OffsetDateTime now) {
    this.url = url;
    this.description = description;
    this.eventTypes =
        types == null || types.isEmpty()
            ? ALL
            : types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /** A new secret; deliveries from now on are signed with it. */
  public void rotateSecret(String secret, OffsetDateTime now) {
    this.secret = secret;
    this.updatedAt = now;
  }

  public boolean subscribesTo(EventType type) {
    return enabled && (ALL.equals(eventTypes) || getEventTypes().contains(type));
  }

  /** The types it wants; empty means every type. */
  public Set<EventType> getEventTypes() {
    if (ALL.equals(eventTypes)) {
      return Set.of();
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    Arrays.stream(eventTypes.split(","))
        .filter(name -> Arrays.stream(EventType.values()).anyMatch(t -> t.name().equals(name)))
        .forEach(name -> types.add(EventType.valueOf(name)));
    return types;
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getDescription() {
    return description;
  }

  public String getSecret() {
    return secret;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
