package dev.cashback.plugin.domain.rule;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rule's money in one currency: the fixed amount of a fixed rule, the minimum purchase, the
 * maximum per order, the monthly cap per learner and the budget, each optional but the fixed
 * amount. A purchase in this currency is measured only against these; money is never converted.
 * Also a row of the rule form's table of currencies, hence its setters.
 */
@Embeddable
public class RuleMoney {

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "fixed_amount", precision = 19, scale = 4)
  private BigDecimal fixedAmount;

  @Column(name = "minimum_purchase", precision = 19, scale = 4)
  private BigDecimal minimumPurchase;

  @Column(name = "max_per_order", precision = 19, scale = 4)
  private BigDecimal maxPerOrder;

  @Column(name = "monthly_cap_per_user", precision = 19, scale = 4)
  private BigDecimal monthlyCapPerUser;

  @Column(precision = 19, scale = 4)
  private BigDecimal budget;

  public RuleMoney() {}

  public RuleMoney(String currency) {
    setCurrency(currency);
  }

  /** A copy, so a draft and a rule never share a row. */
  public RuleMoney copy() {
    RuleMoney copy = new RuleMoney(currency);
    copy.fixedAmount = fixedAmount;
    copy.minimumPurchase = minimumPurchase;
    copy.maxPerOrder = maxPerOrder;
    copy.monthlyCapPerUser = monthlyCapPerUser;
    copy.budget = budget;
    return copy;
  }

  public Optional<Money> fixed() {
    return money(fixedAmount);
  }

  /** The minimum purchase; empty when there is none (or it is zero). */
  public Optional<Money> minimum() {
    return minimumPurchase == null || minimumPurchase.signum() == 0
        ? Optional.empty()
        : money(minimumPurchase);
  }

  public Optional<Money> maximumPerOrder() {
    return money(maxPerOrder);
  }

  public Optional<Money> monthlyCap() {
    return money(monthlyCapPerUser);
  }

  public Optional<Money> budgetMoney() {
    return money(budget);
  }

  private Optional<Money> money(BigDecimal value) {
    return value == null || currency == null
        ? Optional.empty()
        : Optional.of(Money.of(value, currency));
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency =
        currency == null || currency.isBlank()
            ? null
            : currency.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public BigDecimal getFixedAmount() {
    return fixedAmount;
  }

  public void setFixedAmount(BigDecimal fixedAmount) {
    this.fixedAmount = fixedAmount;
  }

  public BigDecimal getMinimumPurchase() {
    return minimumPurchase;
  }

  public void setMinimumPurchase(BigDecimal minimumPurchase) {
    this.minimumPurchase = minimumPurchase;
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
}
