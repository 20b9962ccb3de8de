package dev.cashback.plugin.interfaces.web.event;

import dev.cashback.plugin.application.event.EventOutbox;
import dev.cashback.plugin.application.event.WebhookEndpoints;
import dev.cashback.plugin.domain.event.DeliveryStatus;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.event.WebhookEndpoint;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * Cashback → Webhooks: the endpoints (add or change one in a dialog, rotate its secret, delete it)
 * and the newest deliveries with their last answer, each of which can be sent again. A secret is
 * shown once, right after it was made.
 */
@Named
@ViewScoped
public class ManageWebhooks implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int DELIVERIES_SHOWN = 200;
  private static final Map<String, String> FIELDS =
      Map.of("url", "endpointForm:url", "description", "endpointForm:description");

  @Inject WebhookEndpoints endpoints;

  private Long editingId;
  private String url;
  private String description;
  private List<String> types = new ArrayList<>();
  private boolean enabled = true;
  private String shownSecret;
  private String statusFilter;
  private transient List<WebhookEndpoint> endpointList;
  private transient List<EventOutbox.Delivery> deliveryList;

  public List<WebhookEndpoint> getEndpoints() {
    if (endpointList == null) {
      endpointList = endpoints.endpoints();
    }
    return endpointList;
  }

  public List<EventOutbox.Delivery> getDeliveries() {
    if (deliveryList == null) {
      DeliveryStatus status =
          statusFilter == null || statusFilter.isBlank()
              ? null
              : DeliveryStatus.valueOf(statusFilter);
      deliveryList = endpoints.deliveries(null, status, 0, DELIVERIES_SHOWN);
    }
    return deliveryList;
  }

  public void create() {
    editingId = null;
    url = null;
    description = null;
    types = new ArrayList<>();
    enabled = true;
  }

  public void edit(WebhookEndpoint endpoint) {
    editingId = endpoint.getId();
    url = endpoint.getUrl();
    description = endpoint.getDescription();
    types = new ArrayList<>(endpoint.getEventTypes().stream().map(Enum::name).toList());
    enabled = endpoint.isEnabled();
  }

  public void save() {
    try {
      Set<EventType> chosen = EnumSet.noneOf(EventType.class);
      types.forEach(t -> chosen.add(EventType.valueOf(t)));
      WebhookEndpoints.Draft draft = new WebhookEndpoints.Draft(url, description, chosen, enabled);
      if (editingId == null) {
        WebhookEndpoint created = endpoints.create(draft);
        showSecret(created);
      } else {
        endpoints.change(editingId, draft);
      }
      PageMessages.info("message.webhookSaved", url);
      endpointList = null;
      PrimeFaces.current().executeScript("PF('endpointDialog').hide()");
    } catch (RuntimeException e) {
      PageMessages.refused(e, FIELDS);
    }
  }

  public void rotate(WebhookEndpoint endpoint) {
    try {
      showSecret(endpoints.rotateSecret(endpoint.getId()));
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void delete(WebhookEndpoint endpoint) {
    try {
      endpoints.delete(endpoint.getId());
      PageMessages.info("message.webhookDeleted", endpoint.getUrl());
      endpointList = null;
      deliveryList = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void resend(EventOutbox.Delivery delivery) {
    try {
      endpoints.resend(delivery.id());
      PageMessages.info("message.deliveryResent", delivery.eventType());
      deliveryList = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void filter() {
    deliveryList = null;
  }

  private void showSecret(WebhookEndpoint endpoint) {
    shownSecret = endpoint.getSecret();
    PrimeFaces.current().ajax().update("secretForm");
    PrimeFaces.current().executeScript("PF('secretDialog').show()");
  }

  /** The secret just made; shown once in its dialog, then forgotten by the page. */
  public String getShownSecret() {
    return shownSecret;
  }

  public void secretSeen() {
    shownSecret = null;
  }

  public List<EventType> getAllTypes() {
    return List.of(EventType.values());
  }

  public List<DeliveryStatus> getStatuses() {
    return List.of(DeliveryStatus.values());
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getTypes() {
    return types;
  }

  public void setTypes(List<String> types) {
    this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }
}
