package dev.cashback.plugin.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An inbound event the plugin refused (a host's purchase or refund, a network's postback), with why
 * and what was sent. Ids and texts the sender chose may be longer than the columns (that may be why
 * it was refused), so they are kept shortened, marked with an ellipsis; the payload keeps the whole
 * event up to its column.
 */
@Entity
@Table(name = "cb_refused_event")
public class RefusedEvent {

  /** Which event was refused: a host's purchase or refund, or an affiliate network's postback. */
  public enum Kind {
    PURCHASE,
    REFUND,
    POSTBACK,
    PROGRESS
  }

  static final int ID_LENGTH = 100;
  static final int NETWORK_CODE_LENGTH = 40;
  static final int REASON_LENGTH = 2000;
  static final int PAYLOAD_LENGTH = 100_000;

  @Id
  @SequenceGenerator(
      name = "cb_refused_event_seq",
      sequenceName = "cb_refused_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_refused_event_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "event_id", nullable = false, length = ID_LENGTH)
  private String eventId;

  @Column(name = "purchase_id", length = ID_LENGTH)
  private String purchaseId;

  @Column(name = "user_id", length = ID_LENGTH)
  private String userId;

  @Column(name = "network_code", length = NETWORK_CODE_LENGTH)
  private String networkCode;

  @Column(name = "click_id", length = ID_LENGTH)
  private String clickId;

  @Column(nullable = false, length = REASON_LENGTH)
  private String reason;

  @Column(length = PAYLOAD_LENGTH)
  private String payload;

  @Column(name = "refused_at", nullable = false)
  private OffsetDateTime refusedAt;

  protected RefusedEvent() {}

  public RefusedEvent(Refusal refusal, OffsetDateTime refusedAt) {
    this.kind = refusal.kind();
    this.eventId = shortened(refusal.eventId() == null ? "?" : refusal.eventId(), ID_LENGTH);
    this.purchaseId = shortened(refusal.purchaseId(), ID_LENGTH);
    this.userId = shortened(refusal.userId(), ID_LENGTH);
    this.networkCode = shortened(refusal.networkCode(), NETWORK_CODE_LENGTH);
    this.clickId = shortened(refusal.clickId(), ID_LENGTH);
    this.reason = shortened(refusal.reason(), REASON_LENGTH);
    this.payload = shortened(refusal.payload(), PAYLOAD_LENGTH);
    this.refusedAt = refusedAt;
  }

  private static String shortened(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getEventId() {
    return eventId;
  }

  public String getPurchaseId() {
    return purchaseId;
  }

  public String getUserId() {
    return userId;
  }

  /** The network that sent a refused postback; null for host events. */
  public String getNetworkCode() {
    return networkCode;
  }

  /** The click a refused postback named; null for host events. */
  public String getClickId() {
    return clickId;
  }

  public String getReason() {
    return reason;
  }

  public String getPayload() {
    return payload;
  }

  public OffsetDateTime getRefusedAt() {
    return refusedAt;
  }
}
