package dev.cashback.plugin.application.event;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.event.DeliveryStatus;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.event.WebhookEndpoint;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.domain.shared.PlainText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's webhook endpoints (address, event types, enabled) and their deliveries: listed,
 * created with a new secret, changed, secret rotated, deleted, a delivery sent again; every change
 * audited. An address must pass the {@link AddressPolicy} when it is saved, and again when it is
 * sent to.
 */
@RequestScoped
@Transactional
public class WebhookEndpoints {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CurrentUser caller;
  @Inject EventOutbox outbox;
  @Inject AddressPolicy addresses;
  @Inject AuditLog audit;
  @Inject TimeSource clock;

  /** An endpoint as an admin types it. */
  public record Draft(String url, String description, Set<EventType> types, boolean enabled) {}

  public List<WebhookEndpoint> endpoints() {
    caller.require(CurrentUser.ADMIN);
    return outbox.endpoints();
  }

  public WebhookEndpoint endpoint(long id) {
    caller.require(CurrentUser.ADMIN);
    return existing(id);
  }

  public WebhookEndpoint create(Draft draft) {
    String admin = caller.require(CurrentUser.ADMIN);
    validate(draft);
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            draft.url().strip(),
            description(draft),
            draft.types(),
            draft.enabled(),
            newSecret(),
            clock.now());
    outbox.add(endpoint);
    audit.record(
        admin, AuditAction.WEBHOOK_ENDPOINT_CREATED, endpoint.getId(), null, about(endpoint));
    return endpoint;
  }

  public WebhookEndpoint change(long id, Draft draft) {
    String admin = caller.require(CurrentUser.ADMIN);
    WebhookEndpoint endpoint = existing(id);
    validate(draft);
    endpoint.change(
        draft.url().strip(), description(draft), draft.types(), draft.enabled(), clock.now());
    audit.record(admin, AuditAction.WEBHOOK_ENDPOINT_CHANGED, id, null, about(endpoint));
    return endpoint;
  }

  /** A new secret; the old one signs nothing from now on. */
  public WebhookEndpoint rotateSecret(long id) {
    String admin = caller.require(CurrentUser.ADMIN);
    WebhookEndpoint endpoint = existing(id);
    endpoint.rotateSecret(newSecret(), clock.now());
    audit.record(admin, AuditAction.WEBHOOK_SECRET_ROTATED, id, null, endpoint.getUrl());
    return endpoint;
  }

  public void delete(long id) {
    String admin = caller.require(CurrentUser.ADMIN);
    WebhookEndpoint endpoint = existing(id);
    outbox.remove(endpoint);
    audit.record(admin, AuditAction.WEBHOOK_ENDPOINT_DELETED, id, null, about(endpoint));
  }

  public List<EventOutbox.Delivery> deliveries(
      Long endpointId, DeliveryStatus status, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return outbox.deliveries(endpointId, status, first, max);
  }

  /** Sends a delivery again (a failed one, or one the receiver lost), with the same event id. */
  public void resend(long deliveryId) {
    String admin = caller.require(CurrentUser.ADMIN);
    if (!outbox.resend(deliveryId)) {
      throw new NotFoundException("There is no such delivery.");
    }
    audit.record(admin, AuditAction.EVENT_DELIVERY_RESENT, deliveryId, null, null);
  }

  private void validate(Draft draft) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (draft == null || draft.url() == null || draft.url().isBlank()) {
      errors.put("url", "Give the endpoint's address, e.g. https://example.com/cashback-events.");
    } else if (draft.url().length() > 2000) {
      errors.put("url", "Keep the address within 2000 characters.");
    } else {
      try {
        addresses.problemWith(new URI(draft.url().strip())).ifPresent(p -> errors.put("url", p));
      } catch (URISyntaxException e) {
        errors.put("url", "This is not an address: " + e.getReason() + ".");
      }
    }
    if (draft != null
        && draft.description() != null
        && (draft.description().length() > 200 || !PlainText.isPlain(draft.description()))) {
      errors.put("description", "Use plain text of at most 200 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private WebhookEndpoint existing(long id) {
    return outbox
        .endpoint(id)
        .orElseThrow(() -> new NotFoundException("There is no such endpoint."));
  }

  private static String description(Draft draft) {
    return draft.description() == null || draft.description().isBlank()
        ? null
        : draft.description().strip();
  }

  /**
   * {@code whsec_} and 24 random bytes in base64, as the Standard Webhooks specification writes.
   */
  private static String newSecret() {
    byte[] key = new byte[24];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }

  private static String about(WebhookEndpoint endpoint) {
    return endpoint.getUrl() + " " + (endpoint.isEnabled() ? "enabled" : "disabled");
  }
}
