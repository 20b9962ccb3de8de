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
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A cashback rule with every field of the admin's rule form. {@code ruleVersion} counts edits; each
 * cashback transaction records the version it was computed from, so editing a rule never changes
 * cashback already granted. {@code budgetGranted} is kept by the database alone (a conditional
 * update when cashback is granted), never written through this entity.
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

  /**
   * Currency of the fixed amount, the minimum purchase and every limit; a rule with a currency only
   * grants on purchases in it.
   */
  @Column(length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "user_type", nullable = false, length = 16)
  private UserType userType = UserType.ALL;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cb_rule_audience", joinColumns = @JoinColumn(name = "rule_id"))
  @Column(name = "member_id", length = 100)
  private Set<String> audience = new HashSet<>();

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

  @Column(nullable = false)
  private int priority;

  @Column(name = "max_per_order", precision = 19, scale = 4)
  private BigDecimal maxPerOrder;

  @Column(name = "monthly_cap_per_user", precision = 19, scale = 4)
  private BigDecimal monthlyCapPerUser;

  @Column(precision = 19, scale = 4)
  private BigDecimal budget;

  @Column(name = "budget_granted", precision = 19, scale = 4, insertable = false, updatable = false)
  private BigDecimal budgetGranted = BigDecimal.ZERO;

  @Column(name = "hold_days")
  private Integer holdDays;

  /** Days its cashback lasts once available (0: never; null: the default setting). */
  @Column(name = "expiry_days")
  private Integer expiryDays;

  @Column(name = "created_by", length = 100)
  private String createdBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected CashbackRule() {}

  /** A minimal active rule granting on every purchase; the other fields keep their defaults. */
  public CashbackRule(String title, AmountType amountType, BigDecimal amount, String currency) {
    this.title = title;
    this.amountType = amountType;
    this.amount = amount;
    this.currency = currency;
  }

  /** A new rule from a valid draft. */
  public static CashbackRule from(RuleDraft draft, ZoneId zone, String actor, OffsetDateTime now) {
    CashbackRule rule = new CashbackRule();
    rule.apply(draft, zone);
    rule.createdBy = actor;
    rule.updatedAt = now;
    return rule;
  }

  /** Takes the draft's values as the rule's next version. */
  public void revise(RuleDraft draft, ZoneId zone, OffsetDateTime now) {
    apply(draft, zone);
    ruleVersion++;
    updatedAt = now;
  }

  private void apply(RuleDraft draft, ZoneId zone) {
    title = draft.getTitle();
    startsAt = draft.startsAt(zone);
    endsAt = draft.endsAt(zone);
    userType = draft.getUserType();
    audience = userType == UserType.ALL ? new HashSet<>() : new HashSet<>(draft.getAudience());
    targetType = draft.getTargetType();
    targetIds = targetType == TargetType.ALL ? new HashSet<>() : new HashSet<>(draft.getTargets());
    minimumPurchase = draft.getMinimumPurchase();
    perItem = draft.isPerItem();
    status = draft.getStatus();
    amount = draft.getAmount();
    amountType = draft.getAmountType();
    currency = draft.getCurrency();
    maxPerOrder = draft.getMaxPerOrder();
    monthlyCapPerUser = draft.getMonthlyCapPerUser();
    budget = draft.getBudget();
    priority = draft.getPriority();
    holdDays = draft.getHoldDays();
    expiryDays = draft.getExpiryDays();
  }

  /** The rule as a form again, for editing; dates in {@code zone}. */
  public RuleDraft toDraft(ZoneId zone) {
    RuleDraft draft = new RuleDraft();
    draft.setTitle(title);
    if (startsAt != null) {
      draft.setStartDate(startsAt.atZoneSameInstant(zone).toLocalDate());
      draft.setStartTime(startsAt.atZoneSameInstant(zone).toLocalTime());
    }
    if (endsAt != null) {
      draft.setEndDate(endsAt.atZoneSameInstant(zone).toLocalDate());
      draft.setEndTime(endsAt.atZoneSameInstant(zone).toLocalTime());
    }
    draft.setUserType(userType);
    draft.setAudience(audience);
    draft.setTargetType(targetType);
    draft.setTargets(targetIds);
    draft.setMinimumPurchase(minimumPurchase);
    draft.setPerItem(perItem);
    draft.setStatus(status);
    draft.setAmount(amount);
    draft.setAmountType(amountType);
    draft.setCurrency(currency);
    draft.setMaxPerOrder(maxPerOrder);
    draft.setMonthlyCapPerUser(monthlyCapPerUser);
    draft.setBudget(budget);
    draft.setPriority(priority);
    draft.setHoldDays(holdDays);
    draft.setExpiryDays(expiryDays);
    return draft;
  }

  /** Whether the rule grants anything at {@code when}: active and inside its window. */
  public boolean isInForceAt(OffsetDateTime when) {
    return status == RuleStatus.ACTIVE
        && (startsAt == null || !when.isBefore(startsAt))
        && (endsAt == null || when.isBefore(endsAt));
  }

  /** Whether the rule rewards this user, a member of these host groups. */
  public boolean rewards(String userId, Collection<String> groups) {
    return switch (userType) {
      case ALL -> true;
      case USERS -> audience.contains(userId);
      case GROUPS -> groups.stream().anyMatch(audience::contains);
    };
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

  /** Whether the rule can grant in this currency at all. */
  public boolean grantsIn(String purchaseCurrency) {
    return currency == null || currency.equals(purchaseCurrency);
  }

  /**
   * Whether the matching lines' subtotal reaches the rule's minimum purchase. The minimum is money
   * of the rule's currency: a purchase in another currency never meets it, and a minimum stored
   * without a currency (possible before rules had to give one) is met by no purchase rather than
   * compared as a bare number.
   */
  public boolean minimumMetBy(Money subtotal) {
    if (minimumPurchase == null || minimumPurchase.signum() == 0) {
      return true;
    }
    return minimumPurchase()
        .filter(minimum -> minimum.currency().equals(subtotal.currency()))
        .map(minimum -> subtotal.compareTo(minimum) >= 0)
        .orElse(false);
  }

  /** The minimum purchase as money; empty when there is none or it has no currency. */
  public Optional<Money> minimumPurchase() {
    return minimumPurchase == null || minimumPurchase.signum() == 0 || currency == null
        ? Optional.empty()
        : money(minimumPurchase);
  }

  /** The fixed amount as money, for fixed rules. */
  public Optional<Money> fixedAmount() {
    return amountType == AmountType.FIXED
        ? Optional.of(Money.of(amount, currency))
        : Optional.empty();
  }

  public Optional<Money> maxPerOrder() {
    return money(maxPerOrder);
  }

  public Optional<Money> monthlyCapPerUser() {
    return money(monthlyCapPerUser);
  }

  public Optional<Money> budget() {
    return money(budget);
  }

  private Optional<Money> money(BigDecimal value) {
    return value == null ? Optional.empty() : Optional.of(Money.of(value, currency));
  }

  public void restrictTo(TargetType type, Set<String> ids) {
    this.targetType = type;
    this.targetIds = new HashSet<>(ids);
  }

  public void restrictToUsers(UserType type, Set<String> members) {
    this.userType = type;
    this.audience = new HashSet<>(members);
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

  public void setPriority(int priority) {
    this.priority = priority;
  }

  public void setLimits(BigDecimal maxPerOrder, BigDecimal monthlyCapPerUser, BigDecimal budget) {
    this.maxPerOrder = maxPerOrder;
    this.monthlyCapPerUser = monthlyCapPerUser;
    this.budget = budget;
  }

  public void setHoldDays(Integer holdDays) {
    this.holdDays = holdDays;
  }

  /** For rules not yet stored (tests, previews): a stand-in id. */
  public void assignId(long id) {
    this.id = id;
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

  public UserType getUserType() {
    return userType;
  }

  public Set<String> getAudience() {
    return Set.copyOf(audience);
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

  public int getPriority() {
    return priority;
  }

  public BigDecimal getMaxPerOrder() {
    return maxPerOrder;
  }

  public BigDecimal getMonthlyCapPerUser() {
    return monthlyCapPerUser;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public BigDecimal getBudgetGranted() {
    return budgetGranted;
  }

  public Integer getHoldDays() {
    return holdDays;
  }

  public Integer getExpiryDays() {
    return expiryDays;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
