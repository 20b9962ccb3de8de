package dev.cashback.plugin.domain.payout;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learner's request to withdraw cashback by a payout method, with what the method was at that
 * moment (name, type) and the details they gave. Its money sits in the learner's payout-pending
 * account until it is paid or rejected.
 */
@Entity
@Table(name = "cb_payout")
public class Payout {

  @Id
  @SequenceGenerator(name = "cb_payout_seq", sequenceName = "cb_payout_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_payout_seq")
  private Long id;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(name = "method_id", nullable = false)
  private long methodId;

  @Column(name = "method_name", nullable = false, length = 100)
  private String methodName;

  @Enumerated(EnumType.STRING)
  @Column(name = "method_type", nullable = false, length = 24)
  private PayoutType methodType;

  @Column(nullable = false, length = 50)
  private String provider;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private PayoutStatus status = PayoutStatus.REQUESTED;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cb_payout_detail", joinColumns = @JoinColumn(name = "payout_id"))
  @MapKeyColumn(name = "field", length = 32)
  @Column(name = "detail_value", length = 300)
  private Map<String, String> details = new LinkedHashMap<>();

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "due_by")
  private OffsetDateTime dueBy;

  @Column(name = "first_approved_by", length = 100)
  private String firstApprovedBy;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(length = 200)
  private String reference;

  @Column(length = 500)
  private String reason;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected Payout() {}

  public Payout(
      String userId,
      PayoutMethod method,
      Money amount,
      Map<PayoutField, String> details,
      OffsetDateTime now) {
    this.userId = userId;
    this.methodId = method.getId();
    this.methodName = method.getName();
    this.methodType = method.getType();
    this.provider = method.getProvider();
    this.amount = amount.amount();
    this.currency = amount.currencyCode();
    details.forEach((field, value) -> this.details.put(field.name(), value));
    this.requestedAt = now;
    this.dueBy = now.plusDays(method.getProcessingDays());
  }

  /** A first approval of a payout that needs two; the second must come from someone else. */
  public void approveFirst(String admin) {
    require(status == PayoutStatus.REQUESTED, "approved");
    this.status = PayoutStatus.AWAITING_SECOND_APPROVAL;
    this.firstApprovedBy = admin;
  }

  public void paid(String admin, String reference, OffsetDateTime now) {
    require(status.isOpen() || status == PayoutStatus.UNKNOWN, "paid");
    decide(PayoutStatus.PAID, admin, now);
    this.reference = reference;
  }

  public void rejected(String admin, String reason, OffsetDateTime now) {
    require(status.isOpen() || status == PayoutStatus.UNKNOWN, "rejected");
    decide(PayoutStatus.REJECTED, admin, now);
    this.reason = reason;
  }

  /**
   * Handed to the provider. Until its answer is recorded the outcome is unknown, and that is what
   * the payout says: if the node stops meanwhile, an admin reconciles it instead of paying again.
   */
  public void sending(String admin, OffsetDateTime now) {
    require(status.isOpen(), "sent");
    decide(PayoutStatus.UNKNOWN, admin, now);
    this.reason = "Being paid: the provider has not answered yet.";
  }

  /** The provider said it did not pay: open again, as it was before it was sent. */
  public void reopen() {
    require(status == PayoutStatus.UNKNOWN, "reopened");
    this.status =
        firstApprovedBy == null ? PayoutStatus.REQUESTED : PayoutStatus.AWAITING_SECOND_APPROVAL;
    this.decidedBy = null;
    this.decidedAt = null;
    this.reason = null;
  }

  /** The provider could not tell whether it paid: held until an admin reconciles it. */
  public void outcomeUnknown(String note) {
    require(status == PayoutStatus.UNKNOWN, "held");
    this.reason = note;
  }

  private void decide(PayoutStatus next, String admin, OffsetDateTime now) {
    this.status = next;
    this.decidedBy = admin;
    this.decidedAt = now;
  }

  private void require(boolean allowed, String verb) {
    if (!allowed) {
      throw new IllegalStateException(
          "A " + status.name().toLowerCase() + " payout cannot be " + verb + ".");
    }
  }

  public Money money() {
    return Money.of(amount, currency);
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public long getMethodId() {
    return methodId;
  }

  public String getMethodName() {
    return methodName;
  }

  public PayoutType getMethodType() {
    return methodType;
  }

  public String getProvider() {
    return provider;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public PayoutStatus getStatus() {
    return status;
  }

  public Map<String, String> getDetails() {
    return Map.copyOf(details);
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public OffsetDateTime getDueBy() {
    return dueBy;
  }

  public String getFirstApprovedBy() {
    return firstApprovedBy;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getReference() {
    return reference;
  }

  public String getReason() {
    return reason;
  }
}
