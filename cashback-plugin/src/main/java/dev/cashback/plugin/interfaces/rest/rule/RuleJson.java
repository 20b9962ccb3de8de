package dev.cashback.plugin.interfaces.rest.rule;

import dev.cashback.plugin.domain.rule.CashbackRule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A rule as the API shows it: every field of the admin's form, plus what it has granted. */
public record RuleJson(
    long id,
    int version,
    String title,
    String status,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String userType,
    Set<String> audience,
    String targetType,
    Set<String> targets,
    BigDecimal minimumPurchase,
    boolean perItem,
    String amountType,
    BigDecimal amount,
    String currency,
    BigDecimal maxPerOrder,
    BigDecimal monthlyCapPerUser,
    BigDecimal budget,
    BigDecimal budgetGranted,
    int priority,
    Integer holdDays,
    Integer expiryDays,
    OffsetDateTime updatedAt) {

  static RuleJson of(CashbackRule r) {
    return new RuleJson(
        r.getId(),
        r.getRuleVersion(),
        r.getTitle(),
        r.getStatus().name(),
        r.getStartsAt(),
        r.getEndsAt(),
        r.getUserType().name(),
        new TreeSet<>(r.getAudience()),
        r.getTargetType().name(),
        new TreeSet<>(r.getTargetIds()),
        r.getMinimumPurchase(),
        r.isPerItem(),
        r.getAmountType().name(),
        r.getAmount(),
        r.getCurrency(),
        r.getMaxPerOrder(),
        r.getMonthlyCapPerUser(),
        r.getBudget(),
        r.getBudgetGranted(),
        r.getPriority(),
        r.getHoldDays(),
        r.getExpiryDays(),
        r.getUpdatedAt());
  }

  static List<RuleJson> of(List<CashbackRule> rules) {
    return rules.stream().map(RuleJson::of).toList();
  }
}
