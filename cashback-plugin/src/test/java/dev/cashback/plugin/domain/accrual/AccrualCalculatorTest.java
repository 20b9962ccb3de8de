package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.RuleMoney;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccrualCalculatorTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  private final AccrualCalculator calculator = new AccrualCalculator();

  @Test
  void accrue_percentagePerItem_grantsEachLineRoundedDown() {
    CashbackRule rule = percentage("10");
    List<Accrual> grants =
        accrue(purchase(line(1, "java", "49.99"), line(2, "sql", "10.05")), List.of(rule));
    assertThat(grants).hasSize(2);
    assertThat(grants.get(0).cashback().amount()).isEqualByComparingTo("4.99");
    assertThat(grants.get(1).cashback().amount()).isEqualByComparingTo("1.00");
    assertThat(grants.get(0).base().amount()).isEqualByComparingTo("49.99");
  }

  @Test
  void accrue_fixedPerOrder_grantsOnceOnTheSubtotal() {
    CashbackRule rule = new CashbackRule("5 off", AmountType.FIXED, new BigDecimal("5"), "USD");
    rule.setPerItem(false);
    List<Accrual> grants =
        accrue(purchase(line(1, "java", "20"), line(2, "sql", "30")), List.of(rule));
    assertThat(grants)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.line()).isNull();
              assertThat(g.base().amount()).isEqualByComparingTo("50");
              assertThat(g.cashback().amount()).isEqualByComparingTo("5");
            });
  }

  @Test
  void accrue_fixedAboveLinePrice_cappedAtWhatWasPaid() {
    CashbackRule rule = new CashbackRule("big", AmountType.FIXED, new BigDecimal("50"), "USD");
    assertThat(accrue(purchase(line(1, "java", "19.99")), List.of(rule)))
        .singleElement()
        .satisfies(g -> assertThat(g.cashback().amount()).isEqualByComparingTo("19.99"));
  }

  @Test
  void accrue_fixedInOtherCurrency_grantsNothing() {
    CashbackRule rule = new CashbackRule("eur", AmountType.FIXED, new BigDecimal("5"), "EUR");
    assertThat(accrue(purchase(line(1, "java", "20")), List.of(rule))).isEmpty();
  }

  @Test
  void accrue_belowMinimumPurchase_grantsNothing() {
    CashbackRule rule = percentageIn("10", "USD");
    rule.setMinimumPurchase(new BigDecimal("50.00"));
    assertThat(accrue(purchase(line(1, "java", "49.99")), List.of(rule))).isEmpty();
    assertThat(accrue(purchase(line(1, "java", "50.00")), List.of(rule))).hasSize(1);
  }

  @Test
  void accrue_minimumIsPerCurrency_neverABareNumber() {
    PurchaseFacts yen = yenPurchase("100");
    // A rule in dollars names no amounts in yen: a yen purchase earns nothing from it, and the
    // preview says why.
    CashbackRule dollars = percentageIn("10", "USD");
    dollars.setMinimumPurchase(new BigDecimal("50"));
    assertThat(calculator.accrue(yen, List.of(dollars), StackingPolicy.BEST)).isEmpty();
    assertThat(RuleExplanation.of(dollars, yen).whyNot()).contains("names no amounts in JPY");
    assertThat(accrue(purchase(line(1, "java", "50")), List.of(dollars))).hasSize(1);

    // With its own yen minimum, 100 JPY is below it and 6000 JPY is not.
    RuleMoney inYen = new RuleMoney("JPY");
    inYen.setMinimumPurchase(new BigDecimal("5000"));
    dollars.addCurrency(inYen);
    assertThat(calculator.accrue(yen, List.of(dollars), StackingPolicy.BEST)).isEmpty();
    assertThat(RuleExplanation.of(dollars, yen).whyNot()).contains("below the minimum of 5000 JPY");
    assertThat(calculator.accrue(yenPurchase("6000"), List.of(dollars), StackingPolicy.BEST))
        .singleElement()
        .satisfies(grant -> assertThat(grant.cashback()).isEqualTo(Money.of("600", "JPY")));
  }

  @Test
  void accrue_fixedRule_grantsEachCurrencysOwnAmount() {
    CashbackRule rule = new CashbackRule("fixed", AmountType.FIXED, new BigDecimal("5.00"), "USD");
    rule.assignId(nextId++);
    RuleMoney inYen = new RuleMoney("JPY");
    inYen.setFixedAmount(new BigDecimal("500"));
    rule.addCurrency(inYen);
    assertThat(accrue(purchase(line(1, "java", "20")), List.of(rule)))
        .singleElement()
        .satisfies(grant -> assertThat(grant.cashback()).isEqualTo(Money.of("5.00", "USD")));
    assertThat(calculator.accrue(yenPurchase("3000"), List.of(rule), StackingPolicy.BEST))
        .singleElement()
        .satisfies(grant -> assertThat(grant.cashback()).isEqualTo(Money.of("500", "JPY")));
    // Euros are named nowhere: nothing, never a converted amount.
    PurchaseFacts euros =
        new PurchaseFacts(
            "p-eur",
            "lena",
            "Lena",
            null,
            Set.of(),
            "EUR",
            NOW,
            List.of(
                new PurchaseLine(
                    1, "COURSE", "java", "java", null, null, null, 1, Money.of("100", "EUR"))));
    assertThat(calculator.accrue(euros, List.of(rule), StackingPolicy.BEST)).isEmpty();
  }

  /** A grant records what the rule applied in its currency: the fixed amount of that currency. */
  @Test
  void pendingTransaction_ofAFixedRule_recordsTheAmountOfItsCurrency() {
    CashbackRule rule = new CashbackRule("fixed", AmountType.FIXED, new BigDecimal("5.00"), "USD");
    rule.assignId(nextId++);
    RuleMoney inYen = new RuleMoney("JPY");
    inYen.setFixedAmount(new BigDecimal("500"));
    rule.addCurrency(inYen);
    PurchaseFacts yen = yenPurchase("3000");
    Accrual grant = calculator.accrue(yen, List.of(rule), StackingPolicy.BEST).get(0);
    CashbackTransaction tx = CashbackTransaction.pending(yen, grant, NOW, NOW.plusDays(14));
    assertThat(tx.getRuleAmount()).isEqualByComparingTo("500");
    assertThat(tx.getCurrency()).isEqualTo("JPY");
  }

  private static PurchaseFacts yenPurchase(String paid) {
    return new PurchaseFacts(
        "p-yen",
        "lena",
        "Lena",
        null,
        Set.of(),
        "JPY",
        NOW,
        List.of(
            new PurchaseLine(
                1, "COURSE", "java", "java", null, null, null, 1, Money.of(paid, "JPY"))));
  }

  @Test
  void budgetedRulesFor_listsTheBudgetedCandidatesInIdOrder() {
    CashbackRule later = percentageIn("10", "USD");
    later.setLimits(null, null, new BigDecimal("100"));
    later.restrictTo(TargetType.COURSE, Set.of("sql"));
    CashbackRule earlier = percentageIn("5", "USD");
    earlier.assignId(0);
    earlier.setLimits(null, null, new BigDecimal("100"));
    CashbackRule unbudgeted = percentage("20");
    CashbackRule otherCourse = percentageIn("10", "USD");
    otherCourse.setLimits(null, null, new BigDecimal("100"));
    otherCourse.restrictTo(TargetType.COURSE, Set.of("design"));
    CashbackRule euros = percentageIn("10", "EUR");
    euros.setLimits(null, null, new BigDecimal("100"));
    RuleIndex index = new RuleIndex(List.of(later, unbudgeted, otherCourse, euros, earlier));
    assertThat(
            calculator.budgetedRulesFor(
                purchase(line(1, "java", "10"), line(2, "sql", "10")), index))
        .containsExactly(earlier.getId(), later.getId());
  }

  @Test
  void accrue_minimumCountsOnlyMatchingLines() {
    CashbackRule rule = percentageIn("10", "USD");
    rule.restrictTo(TargetType.COURSE, Set.of("java"));
    rule.setMinimumPurchase(new BigDecimal("40"));
    assertThat(accrue(purchase(line(1, "java", "30"), line(2, "sql", "30")), List.of(rule)))
        .isEmpty();
  }

  @Test
  void accrue_targetedRule_grantsOnlyItsTargets() {
    CashbackRule course = percentage("10");
    course.restrictTo(TargetType.COURSE, Set.of("sql"));
    assertThat(accrue(purchase(line(1, "java", "10"), line(2, "sql", "20")), List.of(course)))
        .extracting(g -> g.line().targetId())
        .containsExactly("sql");

    CashbackRule category = percentage("10");
    category.restrictTo(TargetType.CATEGORY, Set.of("design"));
    assertThat(accrue(purchase(line(1, "java", "10")), List.of(category))).isEmpty();

    CashbackRule instructor = percentage("10");
    instructor.restrictTo(TargetType.INSTRUCTOR, Set.of("irene"));
    assertThat(accrue(purchase(line(1, "java", "10")), List.of(instructor))).hasSize(1);
  }

  @Test
  void accrue_outsideWindowOrInactive_grantsNothing() {
    CashbackRule future = percentage("10");
    future.setWindow(NOW.plusSeconds(1), null);
    CashbackRule ended = percentage("10");
    ended.setWindow(null, NOW);
    CashbackRule inactive = percentage("10");
    inactive.setStatus(RuleStatus.INACTIVE);
    assertThat(accrue(purchase(line(1, "java", "10")), List.of(future, ended, inactive))).isEmpty();

    CashbackRule startsNow = percentage("10");
    startsNow.setWindow(NOW, NOW.plusSeconds(1));
    assertThat(accrue(purchase(line(1, "java", "10")), List.of(startsNow))).hasSize(1);
  }

  @Test
  void accrue_severalRules_theMostGenerousWins() {
    CashbackRule five = percentage("5");
    CashbackRule twelve = percentage("12");
    assertThat(accrue(purchase(line(1, "java", "100")), List.of(five, twelve)))
        .singleElement()
        .satisfies(g -> assertThat(g.cashback().amount()).isEqualByComparingTo("12"));
  }

  @Test
  void accrue_cashbackRoundingToZero_grantsNothing() {
    assertThat(accrue(purchase(line(1, "java", "0.09")), List.of(percentage("10")))).isEmpty();
  }

  @Test
  void best_eachItemTakesItsMostGenerousRule() {
    CashbackRule java = percentage("20");
    java.restrictTo(TargetType.COURSE, Set.of("java"));
    CashbackRule all = percentage("10");
    List<Accrual> grants =
        accrue(purchase(line(1, "java", "100"), line(2, "sql", "100")), List.of(all, java));
    assertThat(grants)
        .extracting(g -> g.line().targetId() + "=" + g.cashback().amount().toPlainString())
        .containsExactly("java=20.00", "sql=10.00");
  }

  @Test
  void best_tieGoesToTheHigherPriority() {
    CashbackRule low = percentage("10");
    CashbackRule high = percentage("10");
    high.setPriority(5);
    assertThat(accrue(purchase(line(1, "java", "100")), List.of(low, high)))
        .singleElement()
        .satisfies(g -> assertThat(g.rule()).isSameAs(high));
  }

  @Test
  void best_perOrderRuleWinsOnlyWhenItBeatsTheItemsTogether() {
    CashbackRule items = percentage("10");
    CashbackRule order = new CashbackRule("flat", AmountType.FIXED, new BigDecimal("25"), "USD");
    order.assignId(99);
    order.setPerItem(false);
    assertThat(
            accrue(purchase(line(1, "java", "100"), line(2, "sql", "100")), List.of(items, order)))
        .singleElement()
        .satisfies(g -> assertThat(g.cashback().amount()).isEqualByComparingTo("25"));
    assertThat(
            accrue(purchase(line(1, "java", "200"), line(2, "sql", "200")), List.of(items, order)))
        .hasSize(2);
  }

  @Test
  void stack_everyMatchingRuleGrants() {
    CashbackRule a = percentage("10");
    CashbackRule b = percentage("5");
    assertThat(
            calculator.accrue(
                purchase(line(1, "java", "100")), List.of(a, b), StackingPolicy.STACK))
        .extracting(g -> g.cashback().amount().toPlainString())
        .containsExactlyInAnyOrder("10.00", "5.00");
  }

  @Test
  void maxPerOrder_shrinksThePercentageRuleAcrossItsLines() {
    CashbackRule rule =
        new CashbackRule("half", AmountType.PERCENTAGE, new BigDecimal("50"), "USD");
    rule.assignId(77);
    rule.setLimits(new BigDecimal("30"), null, null);
    List<Accrual> grants =
        accrue(purchase(line(1, "java", "40"), line(2, "sql", "20")), List.of(rule));
    assertThat(grants.stream().map(Accrual::cashback).reduce(Money::plus).orElseThrow().amount())
        .isLessThanOrEqualTo(new BigDecimal("30"))
        .isGreaterThanOrEqualTo(new BigDecimal("29.98"));
    assertThat(grants.get(0).cashback().amount()).isEqualByComparingTo("20");
    assertThat(grants.get(1).cashback().amount()).isEqualByComparingTo("10");
  }

  @Test
  void audience_groupsAndUsers() {
    CashbackRule members = percentage("10");
    members.restrictToUsers(UserType.GROUPS, Set.of("premium"));
    CashbackRule lena = percentage("10");
    lena.restrictToUsers(UserType.USERS, Set.of("lena"));
    assertThat(accrue(purchase(line(1, "java", "10")), List.of(members))).isEmpty();
    assertThat(accrue(purchase(line(1, "java", "10")), List.of(lena))).hasSize(1);
  }

  @Test
  void fixedRule_timesTheQuantity() {
    CashbackRule rule = new CashbackRule("2 each", AmountType.FIXED, new BigDecimal("2"), "USD");
    rule.assignId(50);
    PurchaseLine three =
        new PurchaseLine(1, "COURSE", "java", "java", null, null, null, 3, Money.of("30", "USD"));
    assertThat(accrue(purchase(three), List.of(rule)))
        .singleElement()
        .satisfies(g -> assertThat(g.cashback().amount()).isEqualByComparingTo("6"));
  }

  @Test
  void jpy_roundsDownToWholeYen() {
    CashbackRule rule = percentage("3");
    PurchaseLine yen =
        new PurchaseLine(1, "COURSE", "java", "java", null, null, null, 1, Money.of("999", "JPY"));
    PurchaseFacts purchase =
        new PurchaseFacts("p", "lena", "Lena", null, Set.of(), "JPY", NOW, List.of(yen));
    assertThat(calculator.accrue(purchase, List.of(rule), StackingPolicy.BEST))
        .singleElement()
        .satisfies(g -> assertThat(g.cashback().amount()).isEqualByComparingTo("29"));
  }

  private List<Accrual> accrue(PurchaseFacts purchase, List<CashbackRule> rules) {
    return calculator.accrue(purchase, rules, StackingPolicy.BEST);
  }

  private static long nextId = 1;

  private static CashbackRule percentage(String percent) {
    CashbackRule rule =
        new CashbackRule(percent + "%", AmountType.PERCENTAGE, new BigDecimal(percent), null);
    rule.assignId(nextId++);
    return rule;
  }

  private static CashbackRule percentageIn(String percent, String currency) {
    CashbackRule rule =
        new CashbackRule(
            percent + "% in " + currency, AmountType.PERCENTAGE, new BigDecimal(percent), currency);
    rule.assignId(nextId++);
    return rule;
  }

  private static PurchaseLine line(int no, String course, String paid) {
    return new PurchaseLine(
        no, "COURSE", course, course, null, "programming", "irene", 1, Money.of(paid, "USD"));
  }

  private static PurchaseFacts purchase(PurchaseLine... lines) {
    return new PurchaseFacts(
        "p-1", "lena", "Lena", null, Set.of("learner"), "USD", NOW, List.of(lines));
  }
}
