package dev.cashback.plugin.interfaces.rest.rule;

import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleMoney;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule as the API shows it: every field of the admin's form, plus what it has granted. The money
 * fields are the rule's main currency; {@code otherCurrencies} the same for each further currency.
 */
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
    List<CurrencyJson> otherCurrencies,
    int priority,
    Integer holdDays,
    boolean confirmOnRefundWindow,
    Integer confirmAtProgress,
    Integer expiryDays,
    OffsetDateTime updatedAt) {

  /** A further currency's money, and what its budget granted. */
  public record CurrencyJson(
      String currency,
      BigDecimal fixedAmount,
      BigDecimal minimumPurchase,
      BigDecimal maxPerOrder,
      BigDecimal monthlyCapPerUser,
      BigDecimal budget,
      BigDecimal budgetGranted) {

    static CurrencyJson of(CashbackRule rule, RuleMoney m) {
      return new CurrencyJson(
          m.getCurrency(),
          m.getFixedAmount(),
          m.getMinimumPurchase(),
          m.getMaxPerOrder(),
          m.getMonthlyCapPerUser(),
          m.getBudget(),
          rule.budgetGranted(m.getCurrency()));
    }
  }

  static RuleJson of(CashbackRule r) {
    RuleDraft main = r.toDraft(java.time.ZoneOffset.UTC);
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
        main.getMinimumPurchase(),
        r.isPerItem(),
        r.getAmountType().name(),
        main.getAmount(),
        main.getCurrency(),
        main.getMaxPerOrder(),
        main.getMonthlyCapPerUser(),
        main.getBudget(),
        main.getCurrency() == null ? BigDecimal.ZERO : r.budgetGranted(main.getCurrency()),
        r.getMoney().stream().skip(1).map(m -> CurrencyJson.of(r, m)).toList(),
        r.getPriority(),
        r.getHoldDays(),
        r.isConfirmOnRefundWindow(),
        r.getConfirmAtProgress(),
        r.getExpiryDays(),
        r.getUpdatedAt());
  }

  static List<RuleJson> of(List<CashbackRule> rules) {
    return rules.stream().map(RuleJson::of).toList();
  }
}
