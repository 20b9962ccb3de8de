package dev.cashback.plugin.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleDraftTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

  @Test
  void validate_completeDraft_noErrors() {
    assertThat(valid().validate(ZONE)).isEmpty();
  }

  static Stream<Arguments> invalidDrafts() {
    return Stream.of(
        bad("no title", d -> d.setTitle(" "), "title"),
        bad("overlong title", d -> d.setTitle("x".repeat(201)), "title"),
        bad(
            "end before start",
            d -> {
              d.setStartDate(LocalDate.of(2026, 5, 2));
              d.setEndDate(LocalDate.of(2026, 5, 1));
            },
            "endDate"),
        bad(
            "end equals start",
            d -> {
              d.setStartDate(LocalDate.of(2026, 5, 1));
              d.setStartTime(LocalTime.NOON);
              d.setEndDate(LocalDate.of(2026, 5, 1));
              d.setEndTime(LocalTime.NOON);
            },
            "endDate"),
        bad("start time without date", d -> d.setStartTime(LocalTime.NOON), "startDate"),
        bad("zero amount", d -> d.setAmount(BigDecimal.ZERO), "amount"),
        bad("negative amount", d -> d.setAmount(new BigDecimal("-1")), "amount"),
        bad("percentage over 100", d -> d.setAmount(new BigDecimal("100.01")), "amount"),
        bad("huge amount", d -> d.setAmount(new BigDecimal("1e30")), "amount"),
        bad(
            "negative minimum",
            d -> d.setMinimumPurchase(new BigDecimal("-0.01")),
            "minimumPurchase"),
        bad("targets missing", d -> d.setTargetType(TargetType.COURSE), "targets"),
        bad("groups missing", d -> d.setUserType(UserType.GROUPS), "audience"),
        bad(
            "fixed without currency",
            d -> {
              d.setAmountType(AmountType.FIXED);
              d.setCurrency(null);
            },
            "currency"),
        bad(
            "fixed with a made-up currency",
            d -> {
              d.setAmountType(AmountType.FIXED);
              d.setCurrency("ABC");
            },
            "currency"),
        bad(
            "minimum purchase without currency",
            d -> {
              d.setMinimumPurchase(new BigDecimal("50"));
              d.setCurrency(null);
            },
            "currency"),
        bad(
            "max per order on a fixed rule",
            d -> {
              d.setAmountType(AmountType.FIXED);
              d.setMaxPerOrder(BigDecimal.TEN);
            },
            "maxPerOrder"),
        bad("zero budget", d -> d.setBudget(BigDecimal.ZERO), "budget"),
        bad("zero monthly cap", d -> d.setMonthlyCapPerUser(BigDecimal.ZERO), "monthlyCapPerUser"),
        bad("hold beyond a year", d -> d.setHoldDays(366), "holdDays"),
        bad(
            "a further currency given twice",
            d -> d.setOtherCurrencies(List.of(in("USD"))),
            "otherCurrencies"),
        bad(
            "a further currency without a main one",
            d -> {
              d.setCurrency(null);
              d.setOtherCurrencies(List.of(in("JPY")));
            },
            "otherCurrencies"),
        bad(
            "a further currency not a code",
            d -> d.setOtherCurrencies(List.of(in("YEN"))),
            "otherCurrencies"),
        bad(
            "a percentage rule with a fixed amount in yen",
            d -> {
              RuleMoney yen = in("JPY");
              yen.setFixedAmount(new BigDecimal("500"));
              d.setOtherCurrencies(List.of(yen));
            },
            "otherCurrencies"),
        bad(
            "a fixed rule without its yen amount",
            d -> {
              d.setAmountType(AmountType.FIXED);
              d.setOtherCurrencies(List.of(in("JPY")));
            },
            "otherCurrencies"),
        bad(
            "a zero budget in yen",
            d -> {
              RuleMoney yen = in("JPY");
              yen.setBudget(BigDecimal.ZERO);
              d.setOtherCurrencies(List.of(yen));
            },
            "otherCurrencies"));
  }

  private static RuleMoney in(String currency) {
    return new RuleMoney(currency);
  }

  @Test
  void currencies_mainFirstThenTheOthers_andBackToTheSameDraft() {
    RuleDraft draft = valid();
    draft.setAmountType(AmountType.FIXED);
    draft.setAmount(new BigDecimal("5.00"));
    draft.setCurrency("USD");
    RuleMoney yen = new RuleMoney("jpy");
    yen.setFixedAmount(new BigDecimal("500"));
    yen.setBudget(new BigDecimal("100000"));
    draft.setOtherCurrencies(List.of(yen));
    assertThat(draft.validate(ZONE)).isEmpty();
    assertThat(draft.currencies()).extracting(RuleMoney::getCurrency).containsExactly("USD", "JPY");

    CashbackRule rule = CashbackRule.from(draft, ZONE, "admin", OffsetDateTime.now());
    assertThat(rule.fixedAmount("JPY")).contains(Money.of("500", "JPY"));
    assertThat(rule.budget("JPY")).contains(Money.of("100000", "JPY"));
    assertThat(rule.grantsIn("EUR")).isFalse();
    RuleDraft again = rule.toDraft(ZONE);
    assertThat(again.getAmount()).isEqualByComparingTo("5.00");
    assertThat(again.getCurrency()).isEqualTo("USD");
    assertThat(again.getOtherCurrencies())
        .singleElement()
        .satisfies(m -> assertThat(m.getFixedAmount()).isEqualByComparingTo("500"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDrafts")
  void validate_invalidField_namesTheFieldWithAMessage(
      String name, Consumer<RuleDraft> breaks, String field) {
    RuleDraft draft = valid();
    breaks.accept(draft);
    assertThat(draft.validate(ZONE)).containsKey(field);
    assertThat(draft.validate(ZONE).get(field)).isNotBlank().endsWith(".");
  }

  @Test
  void percentage_exactly100_isAllowed() {
    RuleDraft draft = valid();
    draft.setAmount(new BigDecimal("100"));
    assertThat(draft.validate(ZONE)).isEmpty();
  }

  @Test
  void window_isReadInTheConfiguredZone() {
    RuleDraft draft = valid();
    draft.setStartDate(LocalDate.of(2026, 5, 1));
    draft.setStartTime(LocalTime.of(9, 30));
    assertThat(draft.startsAt(ZONE).toInstant().toString()).isEqualTo("2026-05-01T04:00:00Z");
  }

  @Test
  void revise_bumpsTheVersion() {
    CashbackRule rule = CashbackRule.from(valid(), ZONE, "admin", null);
    RuleDraft change = rule.toDraft(ZONE);
    change.setAmount(new BigDecimal("7"));
    rule.revise(change, ZONE, null);
    assertThat(rule.getRuleVersion()).isEqualTo(2);
    assertThat(rule.getAmount()).isEqualByComparingTo("7");
  }

  private static Arguments bad(String name, Consumer<RuleDraft> breaks, String field) {
    return Arguments.of(name, breaks, field);
  }

  private static RuleDraft valid() {
    RuleDraft draft = new RuleDraft();
    draft.setTitle("Spring sale");
    draft.setAmount(new BigDecimal("10"));
    draft.setAmountType(AmountType.PERCENTAGE);
    draft.setCurrency("USD");
    draft.setTargets(Set.of());
    return draft;
  }
}
