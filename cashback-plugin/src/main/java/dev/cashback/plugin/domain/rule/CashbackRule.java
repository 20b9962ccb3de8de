package dev.cashback.plugin.domain.rule;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A cashback rule with the fields of the admin's rule form. {@code ruleVersion} counts edits; each
 * cashback transaction records the version it was computed from, so editing a rule never changes
 * cashback already granted.
 */
@Entity
@Table(name = "cb_rule")
public class CashbackRule {

  @Id
  @SequenceGenerator(name = "cb_rule_seq", sequenceName = "cb_rule_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_rule_seq")
  private Long id;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion = 1;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RuleStatus status = RuleStatus.ACTIVE;

  @Enumerated(EnumType.STRING)
  @Column(name = "amount_type", nullable = false, length = 16)
  private AmountType amountType;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  /** Currency of a fixed amount; a fixed rule only applies to purchases in this currency. */
  @Column(length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", nullable = false, length = 16)
  private TargetType targetType = TargetType.ALL;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cb_rule_target", joinColumns = @JoinColumn(name = "rule_id"))
  @Column(name = "target_id", length = 100)
  private Set<String> targetIds = new HashSet<>();

  @Column(name = "minimum_purchase", nullable = false, precision = 19, scale = 4)
  private BigDecimal minimumPurchase = BigDecimal.ZERO;

  @Column(name = "per_item", nullable = false)
  private boolean perItem = true;

  @Column(name = "starts_at")
  private OffsetDateTime startsAt;

  @Column(name = "ends_at")
  private OffsetDateTime endsAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected CashbackRule() {}

  public CashbackRule(String title, AmountType amountType, BigDecimal amount, String currency) {
    this.title = title;
    this.amountType = amountType;
    this.amount = amount;
    this.currency = currency;
  }

  /** Whether the rule grants anything at {@code when}: active and inside its window. */
  public boolean isInForceAt(OffsetDateTime when) {
    return status == RuleStatus.ACTIVE
        && (startsAt == null || !when.isBefore(startsAt))
        && (endsAt == null || when.isBefore(endsAt));
  }

  /** Whether a purchased item with these host ids is one of this rule's targets. */
  public boolean targets(String itemType, String targetId, String categoryId, String instructorId) {
    return switch (targetType) {
      case ALL -> true;
      case COURSE -> "COURSE".equals(itemType) && targetIds.contains(targetId);
      case BUNDLE -> "BUNDLE".equals(itemType) && targetIds.contains(targetId);
      case CATEGORY -> categoryId != null && targetIds.contains(categoryId);
      case INSTRUCTOR -> instructorId != null && targetIds.contains(instructorId);
    };
  }

  /** The fixed amount as money, for fixed rules. */
  public Optional<Money> fixedAmount() {
    return amountType == AmountType.FIXED
        ? Optional.of(Money.of(amount, currency))
        : Optional.empty();
  }

  public void restrictTo(TargetType type, Set<String> ids) {
    this.targetType = type;
    this.targetIds = new HashSet<>(ids);
  }

  public void setWindow(OffsetDateTime startsAt, OffsetDateTime endsAt) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public void setMinimumPurchase(BigDecimal minimumPurchase) {
    this.minimumPurchase = minimumPurchase;
  }

  public void setPerItem(boolean perItem) {
    this.perItem = perItem;
  }

  public void setStatus(RuleStatus status) {
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public int getRuleVersion() {
    return ruleVersion;
  }

  public String getTitle() {
    return title;
  }

  public RuleStatus getStatus() {
    return status;
  }

  public AmountType getAmountType() {
    return amountType;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public TargetType getTargetType() {
    return targetType;
  }

  public Set<String> getTargetIds() {
    return Set.copyOf(targetIds);
  }

  public BigDecimal getMinimumPurchase() {
    return minimumPurchase;
  }

  public boolean isPerItem() {
    return perItem;
  }

  public OffsetDateTime getStartsAt() {
    return startsAt;
  }

  public OffsetDateTime getEndsAt() {
    return endsAt;
  }
}
