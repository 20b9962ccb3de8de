package dev.cashback.plugin.domain.payout;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A way to withdraw cashback, as the admin set it up. */
@Entity
@Table(name = "cb_payout_method")
public class PayoutMethod {

  @Id
  @SequenceGenerator(
      name = "cb_payout_method_seq",
      sequenceName = "cb_payout_method_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_payout_method_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "method_type", nullable = false, length = 24)
  private PayoutType type;

  @Column(name = "minimum_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal minimumAmount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "processing_days", nullable = false)
  private int processingDays;

  /** The fields a learner must give, comma-separated, in form order. */
  @Column(nullable = false, length = 500)
  private String fields;

  @Column(nullable = false, length = 50)
  private String provider;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected PayoutMethod() {}

  public PayoutMethod(PayoutMethodDraft draft, OffsetDateTime now) {
    apply(draft, now);
  }

  public void apply(PayoutMethodDraft draft, OffsetDateTime now) {
    this.name = draft.getName();
    this.type = draft.getType();
    this.minimumAmount = draft.getMinimumAmount();
    this.currency = draft.getCurrency();
    this.processingDays = draft.getProcessingDays();
    this.fields =
        draft.getFields().stream().map(PayoutField::name).collect(Collectors.joining(","));
    this.provider = draft.getProvider();
    this.enabled = draft.isEnabled();
    this.updatedAt = now;
  }

  public PayoutMethodDraft toDraft() {
    PayoutMethodDraft draft = new PayoutMethodDraft();
    draft.setName(name);
    draft.setType(type);
    draft.setMinimumAmount(minimumAmount);
    draft.setCurrency(currency);
    draft.setProcessingDays(processingDays);
    draft.setFields(getFields());
    draft.setProvider(provider);
    draft.setEnabled(enabled);
    return draft;
  }

  public Money minimum() {
    return Money.of(minimumAmount, currency);
  }

  public List<PayoutField> getFields() {
    return fields.isBlank()
        ? List.of()
        : Arrays.stream(fields.split(",")).map(PayoutField::valueOf).toList();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public PayoutType getType() {
    return type;
  }

  public BigDecimal getMinimumAmount() {
    return minimumAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public int getProcessingDays() {
    return processingDays;
  }

  public String getProvider() {
    return provider;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
