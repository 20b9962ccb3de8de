package dev.cashback.plugin.domain.event;

/**
 * Where one event's delivery to one endpoint stands: queued (again, after a failed attempt), being
 * sent by a node, delivered (the endpoint answered 2xx), or failed for good after the last attempt
 * (an admin may send it again).
 */
public enum DeliveryStatus {
  QUEUED,
  SENDING,
  DELIVERED,
  FAILED
}
