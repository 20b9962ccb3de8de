package dev.cashback.plugin.domain.rule;

import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.shared.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's rule form, field for field: what is typed before it becomes a rule. {@link #validate}
 * names every field that is wrong with a message for people; a draft with errors is never saved.
 * Dates and times are read in the plugin's time zone. The money fields ({@code currency}, a fixed
 * rule's {@code amount}, the minimum and the limits) are the rule's main currency; {@code
 * otherCurrencies} holds the same for each further currency, e.g. 5.00 USD or 500 JPY.
 */
public class RuleDraft {

  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private String title;
  private LocalDate startDate;
  private LocalTime startTime;
  private LocalDate endDate;
  private LocalTime endTime;
  private UserType userType = UserType.ALL;
  private Set<String> audience = new LinkedHashSet<>();
  private TargetType targetType = TargetType.ALL;
  private Set<String> targets = new LinkedHashSet<>();
  private BigDecimal minimumPurchase = BigDecimal.ZERO;
  private boolean perItem = true;
  private RuleStatus status = RuleStatus.ACTIVE;
  private BigDecimal amount;
  private AmountType amountType = AmountType.PERCENTAGE;
  private String currency;
  private BigDecimal maxPerOrder;
  private BigDecimal monthlyCapPerUser;
  private BigDecimal budget;
  private int priority;
  private Integer holdDays;
  private boolean confirmOnRefundWindow;
  private Integer confirmAtProgress;
  private Integer expiryDays;
  private List<RuleMoney> otherCurrencies = new ArrayList<>();

  /** Field name to message, in form order; empty when the draft may be saved. */
  public Map<String, String> validate(ZoneId zone) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      errors.put("title", "Give the rule a title.");
    } else if (title.length() > 200) {
      errors.put("title", "Keep the title within 200 characters.");
    } else if (!PlainText.isPlain(title)) {
      errors.put("title", "Use plain text: no < or > and no control characters.");
    }
    if (startTime != null && startDate == null) {
      errors.put("startDate", "Give a start date with the start time.");
    }
    if (endTime != null && endDate == null) {
      errors.put("endDate", "Give an end date with the end time.");
    }
    OffsetDateTime starts = startsAt(zone);
    OffsetDateTime ends = endsAt(zone);
    if (starts != null && ends != null && !ends.isAfter(starts)) {
      errors.put("endDate", "The end must be after the start.");
    }
    if (userType == null) {
      errors.put("userType", "Choose who the rule rewards.");
    } else if (userType != UserType.ALL && audience.isEmpty()) {
      errors.put(
          "audience",
          userType == UserType.GROUPS ? "Choose at least one group." : "Choose at least one user.");
    }
    if (targetType == null) {
      errors.put("targetType", "Choose what the rule applies to.");
    } else if (targetType != TargetType.ALL && targets.isEmpty()) {
      errors.put("targets", "Select at least one target.");
    }
    if (minimumPurchase == null || minimumPurchase.signum() < 0) {
      errors.put("minimumPurchase", "The minimum purchased amount cannot be negative.");
    }
    validateAmount(errors);
    validateOtherCurrencies(errors);
    if (maxPerOrder != null) {
      if (amountType != AmountType.PERCENTAGE) {
        errors.put("maxPerOrder", "A maximum per order applies to percentage rules only.");
      } else if (maxPerOrder.signum() <= 0) {
        errors.put("maxPerOrder", "The maximum per order must be more than zero.");
      }
    }
    if (monthlyCapPerUser != null && monthlyCapPerUser.signum() <= 0) {
      errors.put("monthlyCapPerUser", "The monthly cap must be more than zero.");
    }
    if (budget != null && budget.signum() <= 0) {
      errors.put("budget", "The budget must be more than zero.");
    }
    if (holdDays != null && (holdDays < 0 || holdDays > 365)) {
      errors.put("holdDays", "The hold period is between 0 and 365 days.");
    }
    if (confirmAtProgress != null && (confirmAtProgress < 1 || confirmAtProgress > 100)) {
      errors.put("confirmAtProgress", "The course progress that confirms is between 1 and 100 %.");
    }
    if (expiryDays != null && (expiryDays < 0 || expiryDays > 3650)) {
      errors.put("expiryDays", "Cashback lasts between 0 (never expires) and 3650 days.");
    }
    return errors;
  }

  /** Each further currency: a real, new currency, with the amounts its main line would need. */
  private void validateOtherCurrencies(Map<String, String> errors) {
    Set<String> seen = new LinkedHashSet<>();
    if (currency != null) {
      seen.add(currency);
    }
    for (RuleMoney other : otherCurrencies) {
      String code = other.getCurrency();
      String problem = otherCurrencyProblem(other);
      if (!otherCurrencies.isEmpty() && !Money.isCurrency(currency)) {
        problem = "Choose the rule's main currency before adding others.";
      } else if (!Money.isCurrency(code)) {
        problem = "Give each further currency as a three-letter code, e.g. JPY.";
      } else if (!seen.add(code)) {
        problem = code + " is given more than once.";
      }
      if (problem != null) {
        errors.putIfAbsent("otherCurrencies", problem);
      }
    }
  }

  private String otherCurrencyProblem(RuleMoney other) {
    String code = other.getCurrency();
    BigDecimal fixed = other.getFixedAmount();
    if (amountType == AmountType.FIXED && (fixed == null || fixed.signum() <= 0)) {
      return code + ": give the fixed amount, more than zero.";
    }
    if (amountType == AmountType.PERCENTAGE && fixed != null) {
      return code + ": a percentage rule has no fixed amount.";
    }
    if (other.getMinimumPurchase() != null && other.getMinimumPurchase().signum() < 0) {
      return code + ": the minimum purchased amount cannot be negative.";
    }
    if (other.getMaxPerOrder() != null
        && (amountType != AmountType.PERCENTAGE || other.getMaxPerOrder().signum() <= 0)) {
      return code + ": a maximum per order is more than zero, for percentage rules only.";
    }
    if (other.getMonthlyCapPerUser() != null && other.getMonthlyCapPerUser().signum() <= 0) {
      return code + ": the monthly cap must be more than zero.";
    }
    if (other.getBudget() != null && other.getBudget().signum() <= 0) {
      return code + ": the budget must be more than zero.";
    }
    boolean storable =
        java.util.stream.Stream.of(
                fixed,
                other.getMinimumPurchase(),
                other.getMaxPerOrder(),
                other.getMonthlyCapPerUser(),
                other.getBudget())
            .allMatch(v -> v == null || Money.isStorable(v));
    return storable ? null : code + ": an amount has too many digits.";
  }

  /** Every currency's money as the rule keeps it: the main currency first, then the others. */
  public List<RuleMoney> currencies() {
    List<RuleMoney> all = new ArrayList<>();
    if (currency != null) {
      RuleMoney main = new RuleMoney(currency);
      main.setFixedAmount(amountType == AmountType.FIXED ? amount : null);
      main.setMinimumPurchase(
          minimumPurchase == null || minimumPurchase.signum() == 0 ? null : minimumPurchase);
      main.setMaxPerOrder(maxPerOrder);
      main.setMonthlyCapPerUser(monthlyCapPerUser);
      main.setBudget(budget);
      all.add(main);
    }
    otherCurrencies.forEach(other -> all.add(other.copy()));
    return all;
  }

  /** Fills the money fields from a rule's currencies, the first as the main one. */
  public void takeCurrencies(List<RuleMoney> currencies) {
    otherCurrencies = new ArrayList<>();
    if (currencies.isEmpty()) {
      setCurrency(null);
      return;
    }
    RuleMoney main = currencies.get(0);
    setCurrency(main.getCurrency());
    if (amountType == AmountType.FIXED) {
      amount = main.getFixedAmount();
    }
    minimumPurchase =
        main.getMinimumPurchase() == null ? BigDecimal.ZERO : main.getMinimumPurchase();
    maxPerOrder = main.getMaxPerOrder();
    monthlyCapPerUser = main.getMonthlyCapPerUser();
    budget = main.getBudget();
    currencies.stream().skip(1).forEach(other -> otherCurrencies.add(other.copy()));
  }

  public List<RuleMoney> getOtherCurrencies() {
    return otherCurrencies;
  }

  public void setOtherCurrencies(List<RuleMoney> otherCurrencies) {
    this.otherCurrencies =
        otherCurrencies == null ? new ArrayList<>() : new ArrayList<>(otherCurrencies);
  }

  private void validateAmount(Map<String, String> errors) {
    if (amount == null || amount.signum() <= 0) {
      errors.put("amount", "The amount must be more than zero.");
    } else if (amountType == AmountType.PERCENTAGE && amount.compareTo(HUNDRED) > 0) {
      errors.put("amount", "A percentage cannot be more than 100.");
    } else if (!Money.isStorable(amount)) {
      errors.put("amount", "The amount has too many digits.");
    }
    Map.of(
            "minimumPurchase", Optional.ofNullable(minimumPurchase),
            "maxPerOrder", Optional.ofNullable(maxPerOrder),
            "monthlyCapPerUser", Optional.ofNullable(monthlyCapPerUser),
            "budget", Optional.ofNullable(budget))
        .forEach(
            (field, value) ->
                value
                    .filter(v -> !Money.isStorable(v))
                    .ifPresent(v -> errors.putIfAbsent(field, "The amount has too many digits.")));
    if (amountType == null) {
      errors.put("amountType", "Choose fixed or percentage.");
    }
    // Every amount of money in the rule is in its currency, the minimum purchase included: a bare
    // number would let 100 JPY meet a minimum of 50 meant in dollars.
    if (amountType == AmountType.FIXED
        || (minimumPurchase != null && minimumPurchase.signum() > 0)
        || maxPerOrder != null
        || monthlyCapPerUser != null
        || budget != null) {
      if (!Money.isCurrency(currency)) {
        errors.put(
            "currency",
            "Choose the currency of the amounts (fixed amount, minimum purchase and limits).");
      }
    }
  }

  public OffsetDateTime startsAt(ZoneId zone) {
    return at(startDate, startTime == null ? LocalTime.MIN : startTime, zone);
  }

  public OffsetDateTime endsAt(ZoneId zone) {
    return at(endDate, endTime == null ? LocalTime.MAX : endTime, zone);
  }

  private static OffsetDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
    return date == null ? null : date.atTime(time).atZone(zone).toOffsetDateTime();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.strip();
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public UserType getUserType() {
    return userType;
  }

  public void setUserType(UserType userType) {
    this.userType = userType;
  }

  public Set<String> getAudience() {
    return audience;
  }

  public void setAudience(Set<String> audience) {
    this.audience = audience == null ? new LinkedHashSet<>() : new LinkedHashSet<>(audience);
  }

  public TargetType getTargetType() {
    return targetType;
  }

  public void setTargetType(TargetType targetType) {
    this.targetType = targetType;
  }

  public Set<String> getTargets() {
    return targets;
  }

  public void setTargets(Set<String> targets) {
    this.targets = targets == null ? new LinkedHashSet<>() : new LinkedHashSet<>(targets);
  }

  public BigDecimal getMinimumPurchase() {
    return minimumPurchase;
  }

  public void setMinimumPurchase(BigDecimal minimumPurchase) {
    this.minimumPurchase = minimumPurchase;
  }

  public boolean isPerItem() {
    return perItem;
  }

  public void setPerItem(boolean perItem) {
    this.perItem = perItem;
  }

  public RuleStatus getStatus() {
    return status;
  }

  public void setStatus(RuleStatus status) {
    this.status = status;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public AmountType getAmountType() {
    return amountType;
  }

  public void setAmountType(AmountType amountType) {
    this.amountType = amountType;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase();
  }

  public BigDecimal getMaxPerOrder() {
    return maxPerOrder;
  }

  public void setMaxPerOrder(BigDecimal maxPerOrder) {
    this.maxPerOrder = maxPerOrder;
  }

  public BigDecimal getMonthlyCapPerUser() {
    return monthlyCapPerUser;
  }

  public void setMonthlyCapPerUser(BigDecimal monthlyCapPerUser) {
    this.monthlyCapPerUser = monthlyCapPerUser;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal budget) {
    this.budget = budget;
  }

  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }

  public Integer getHoldDays() {
    return holdDays;
  }

  public void setHoldDays(Integer holdDays) {
    this.holdDays = holdDays;
  }

  /** Whether the cashback is confirmed once the host's refund window for the item closes. */
  public boolean isConfirmOnRefundWindow() {
    return confirmOnRefundWindow;
  }

  public void setConfirmOnRefundWindow(boolean confirmOnRefundWindow) {
    this.confirmOnRefundWindow = confirmOnRefundWindow;
  }

  /** The percentage of a course its learner completes that confirms its cashback (none: off). */
  public Integer getConfirmAtProgress() {
    return confirmAtProgress;
  }

  public void setConfirmAtProgress(Integer confirmAtProgress) {
    this.confirmAtProgress = confirmAtProgress;
  }

  /** Days the rule's cashback lasts once available: 0 never expires, none the default setting. */
  public Integer getExpiryDays() {
    return expiryDays;
  }

  public void setExpiryDays(Integer expiryDays) {
    this.expiryDays = expiryDays;
  }
}
