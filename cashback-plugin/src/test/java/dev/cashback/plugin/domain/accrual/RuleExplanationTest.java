package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleExplanationTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final PurchaseFacts CART =
      new PurchaseFacts(
          "preview",
          "lena",
          "Lena",
          null,
          Set.of("learner"),
          "USD",
          NOW,
          List.of(
              new PurchaseLine(
                  1,
                  "COURSE",
                  "java",
                  "Java",
                  null,
                  "programming",
                  "irene",
                  1,
                  Money.of("40", "USD"))));

  @Test
  void grantingRule_saysHowMuch() {
    RuleExplanation e = RuleExplanation.of(rule(), CART);
    assertThat(e.whyNot()).isNull();
    assertThat(e.wouldGrant().amount()).isEqualByComparingTo("4.00");
  }

  @Test
  void eachRefusal_saysWhy() {
    CashbackRule inactive = rule();
    inactive.setStatus(RuleStatus.INACTIVE);
    CashbackRule others = rule();
    others.restrictToUsers(UserType.USERS, Set.of("leo"));
    CashbackRule design = rule();
    design.restrictTo(TargetType.CATEGORY, Set.of("design"));
    CashbackRule minimum =
        new CashbackRule("10% in USD", AmountType.PERCENTAGE, BigDecimal.TEN, "USD");
    minimum.assignId(2);
    minimum.setMinimumPurchase(new BigDecimal("50"));
    assertThat(RuleExplanation.of(inactive, CART).whyNot()).contains("Inactive");
    assertThat(RuleExplanation.of(others, CART).whyNot()).contains("not among");
    assertThat(RuleExplanation.of(design, CART).whyNot()).contains("targets");
    assertThat(RuleExplanation.of(minimum, CART).whyNot())
        .contains("below the minimum of 50.00 USD");
  }

  private static CashbackRule rule() {
    CashbackRule rule = new CashbackRule("10%", AmountType.PERCENTAGE, BigDecimal.TEN, null);
    rule.assignId(1);
    return rule;
  }
}
