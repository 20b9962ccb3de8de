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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cashback rule with every field of the admin's rule form. {@code ruleVersion} counts edits; each
 * cashback transaction records the version it was computed from, so editing a rule never changes
 * cashback already granted. Its money is kept currency by currency ({@link RuleMoney}): a rule that
 * names currencies grants only on purchases in one of them, measured against that currency's
 * amounts; a percentage rule that names none grants in every currency. What a budget has granted is
 * kept by the database alone (a conditional update when cashback is granted) and only read here.
 */
@Entity
@Table(name = "cb_rule")
public class CashbackRule {

  /** The order rules are applied in: higher priority first, then the older rule. */
  public static final Comparator<CashbackRule> PRIORITY_ORDER =
      Comparator.comparingInt(CashbackRule::getPriority)
          .reversed()
          .thenComparing(CashbackRule::getId, Comparator.nullsLast(Comparator.naturalOrder()));

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

  /** The percentage of a percentage rule; a fixed rule's amounts are in {@link #money}. */
  @Column(precision = 19, scale = 4)
  private BigDecimal amount;

  /** The rule's money per currency, the main currency first. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cb_rule_money", joinColumns = @JoinColumn(name = "rule_id"))
  @OrderColumn(name = "position")
  private List<RuleMoney> money = new ArrayList<>();

  /** Granted so far per budgeted currency, as the repository read it; empty in the active index. */
  @Transient private Map<String, BigDecimal> budgetGranted = Map.of();

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

  @Column(name = "per_item", nullable = false)
  private boolean perItem = true;

  @Column(name = "starts_at")
  private OffsetDateTime startsAt;

  @Column(name = "ends_at")
  private OffsetDateTime endsAt;

  @Column(nullable = false)
  private int priority;

  @Column(name = "hold_days")
  private Integer holdDays;

  /** Confirm when the host's refund window for the item closes (the hold is the latest date). */
  @Column(name = "confirm_on_refund_window", nullable = false)
  private boolean confirmOnRefundWindow;

  /** Confirm a course's cashback once its learner has completed this percentage of the course. */
  @Column(name = "confirm_at_progress")
  private Integer confirmAtProgress;

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

  /**
   * A minimal active rule granting on every purchase: a percentage (in {@code currency} only, when
   * one is named) or a fixed amount in {@code currency}; the other fields keep their defaults.
   */
  public CashbackRule(String title, AmountType amountType, BigDecimal amount, String currency) {
    this.title = title;
    this.amountType = amountType;
    if (currency != null) {
      RuleMoney main = new RuleMoney(currency);
      money.add(main);
    }
    if (amountType == AmountType.FIXED) {
      main().orElseThrow().setFixedAmount(amount);
    } else {
      this.amount = amount;
    }
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
    perItem = draft.isPerItem();
    status = draft.getStatus();
    amountType = draft.getAmountType();
    amount = amountType == AmountType.PERCENTAGE ? draft.getAmount() : null;
    money = new ArrayList<>(draft.currencies().stream().map(RuleMoney::copy).toList());
    priority = draft.getPriority();
    holdDays = draft.getHoldDays();
    confirmOnRefundWindow = draft.isConfirmOnRefundWindow();
    confirmAtProgress = draft.getConfirmAtProgress();
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
    draft.setPerItem(perItem);
    draft.setStatus(status);
    draft.setAmountType(amountType);
    draft.takeCurrencies(money.stream().map(RuleMoney::copy).toList());
    if (amountType == AmountType.PERCENTAGE) {
      draft.setAmount(amount);
    }
    draft.setPriority(priority);
    draft.setHoldDays(holdDays);
    draft.setConfirmOnRefundWindow(confirmOnRefundWindow);
    draft.setConfirmAtProgress(confirmAtProgress);
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

  /** Whether the rule can grant in this currency at all: it names none, or this one. */
  public boolean grantsIn(String purchaseCurrency) {
    return money.isEmpty() || moneyIn(purchaseCurrency).isPresent();
  }

  /** The rule's money in this currency, if it names the currency. */
  public Optional<RuleMoney> moneyIn(String currency) {
    // A loop, not a stream: asked several times per candidate rule on every purchase.
    for (RuleMoney terms : money) {
      if (terms.getCurrency().equals(currency)) {
        return Optional.of(terms);
      }
    }
    return Optional.empty();
  }

  /** The currencies the rule names, main first; empty for a percentage rule of every currency. */
  public List<String> currencies() {
    return money.stream().map(RuleMoney::getCurrency).toList();
  }

  /**
   * Whether the matching lines' subtotal reaches the rule's minimum purchase in the subtotal's
   * currency; a currency the rule does not name never meets a rule that names currencies.
   */
  public boolean minimumMetBy(Money subtotal) {
    if (money.isEmpty()) {
      return true;
    }
    return moneyIn(subtotal.currencyCode())
        .map(m -> m.minimum().map(minimum -> subtotal.compareTo(minimum) >= 0).orElse(true))
        .orElse(false);
  }

  /**
   * What the rule applies to a purchase in this currency, as a grant records it: its percentage, or
   * its fixed amount in that currency.
   */
  public BigDecimal amountIn(String currency) {
    return amountType == AmountType.PERCENTAGE
        ? amount
        : fixedAmount(currency).map(Money::amount).orElse(null);
  }

  /** The minimum purchase in this currency; empty when there is none. */
  public Optional<Money> minimumPurchase(String currency) {
    return moneyIn(currency).flatMap(RuleMoney::minimum);
  }

  /** The fixed amount in this currency, for fixed rules that name it. */
  public Optional<Money> fixedAmount(String currency) {
    return amountType == AmountType.FIXED
        ? moneyIn(currency).flatMap(RuleMoney::fixed)
        : Optional.empty();
  }

  public Optional<Money> maxPerOrder(String currency) {
    return moneyIn(currency).flatMap(RuleMoney::maximumPerOrder);
  }

  public Optional<Money> monthlyCapPerUser(String currency) {
    return moneyIn(currency).flatMap(RuleMoney::monthlyCap);
  }

  public Optional<Money> budget(String currency) {
    return moneyIn(currency).flatMap(RuleMoney::budgetMoney);
  }

  /** Whether any currency of the rule has a budget. */
  public boolean hasBudget() {
    return money.stream().anyMatch(m -> m.getBudget() != null);
  }

  /** Granted so far from this currency's budget, as last read by the repository. */
  public BigDecimal budgetGranted(String currency) {
    return budgetGranted.getOrDefault(currency, BigDecimal.ZERO);
  }

  /** For the repository: what each budget has granted, read from the database. */
  public void showBudgetUse(Map<String, BigDecimal> granted) {
    this.budgetGranted = Map.copyOf(granted);
  }

  private Optional<RuleMoney> main() {
    return money.isEmpty() ? Optional.empty() : Optional.of(money.get(0));
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

  /** The minimum purchase in the rule's main currency. */
  public void setMinimumPurchase(BigDecimal minimumPurchase) {
    main().orElseThrow().setMinimumPurchase(minimumPurchase);
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

  /** The limits in the rule's main currency. */
  public void setLimits(BigDecimal maxPerOrder, BigDecimal monthlyCapPerUser, BigDecimal budget) {
    RuleMoney main = main().orElseThrow();
    main.setMaxPerOrder(maxPerOrder);
    main.setMonthlyCapPerUser(monthlyCapPerUser);
    main.setBudget(budget);
  }

  /** Adds a currency's money (tests and programmes build rules this way). */
  public void addCurrency(RuleMoney terms) {
    money.add(terms.copy());
  }

  public void setHoldDays(Integer holdDays) {
    this.holdDays = holdDays;
  }

  /**
   * What else than the hold confirms the rule's cashback: the item's refund window closing, a
   * course's progress reaching {@code progressPercent} (null: not progress).
   */
  public void confirmWhen(boolean refundWindowCloses, Integer progressPercent) {
    this.confirmOnRefundWindow = refundWindowCloses;
    this.confirmAtProgress = progressPercent;
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

  /** The rule's money per currency, main currency first (copies). */
  public List<RuleMoney> getMoney() {
    return money.stream().map(RuleMoney::copy).toList();
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

  public Integer getHoldDays() {
    return holdDays;
  }

  public boolean isConfirmOnRefundWindow() {
    return confirmOnRefundWindow;
  }

  public Integer getConfirmAtProgress() {
    return confirmAtProgress;
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
