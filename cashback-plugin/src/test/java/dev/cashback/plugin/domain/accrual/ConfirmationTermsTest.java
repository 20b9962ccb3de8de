package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationTermsTest {

  private static final OffsetDateTime BOUGHT =
      OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);

  @Test
  void holdOnly_confirmsAtTheHoldsEnd_whateverTheWindow() {
    CashbackRule rule = rule(false, null);
    ConfirmationTerms terms =
        ConfirmationTerms.of(
            rule, purchase(course("sql", 7)), line(purchase(course("sql", 7))), 30);
    assertThat(terms.confirmAfter()).isEqualTo(BOUGHT.plusDays(30));
    assertThat(terms.windowDecides()).isFalse();
    assertThat(terms.atProgress()).isNull();
  }

  @Test
  void refundWindow_closingBeforeTheHold_confirmsWhenItCloses() {
    PurchaseFacts purchase = purchase(course("sql", 14));
    ConfirmationTerms terms = ConfirmationTerms.of(rule(true, null), purchase, line(purchase), 30);
    assertThat(terms.confirmAfter()).isEqualTo(BOUGHT.plusDays(14));
    assertThat(terms.windowDecides()).isTrue();
  }

  @Test
  void refundWindow_longerThanTheHold_theHoldIsTheLatestDate() {
    PurchaseFacts purchase = purchase(course("sql", 60));
    ConfirmationTerms terms = ConfirmationTerms.of(rule(true, null), purchase, line(purchase), 30);
    assertThat(terms.confirmAfter()).isEqualTo(BOUGHT.plusDays(30));
    assertThat(terms.windowDecides()).isFalse();
  }

  @Test
  void refundWindow_ofZeroDays_confirmsAtThePurchase() {
    PurchaseFacts purchase = purchase(course("sql", 0));
    assertThat(ConfirmationTerms.of(rule(true, null), purchase, line(purchase), 30).confirmAfter())
        .isEqualTo(BOUGHT);
  }

  @Test
  void refundWindow_theHostNamedNone_theHoldDecides() {
    PurchaseFacts purchase = purchase(course("sql", null));
    assertThat(ConfirmationTerms.of(rule(true, null), purchase, line(purchase), 30).confirmAfter())
        .isEqualTo(BOUGHT.plusDays(30));
  }

  @Test
  void wholeOrder_waitsForTheLastWindow_andForAllOfThem() {
    PurchaseFacts both = purchase(course("sql", 7), course("java", 14));
    assertThat(ConfirmationTerms.of(rule(true, null), both, null, 30).confirmAfter())
        .isEqualTo(BOUGHT.plusDays(14));
    PurchaseFacts oneWithout = purchase(course("sql", 7), course("java", null));
    assertThat(ConfirmationTerms.of(rule(true, null), oneWithout, null, 30).confirmAfter())
        .isEqualTo(BOUGHT.plusDays(30));
  }

  @Test
  void progress_countsOnlyForCashbackOnOneCourse() {
    PurchaseFacts purchase = purchase(course("sql", null));
    ConfirmationTerms onCourse =
        ConfirmationTerms.of(rule(false, 50), purchase, line(purchase), 30);
    assertThat(onCourse.atProgress()).isEqualTo(50);
    assertThat(onCourse.courseId()).isEqualTo("sql");
    assertThat(ConfirmationTerms.of(rule(false, 50), purchase, null, 30).atProgress()).isNull();
    PurchaseFacts bundle = purchase(item("BUNDLE", "all", null));
    assertThat(ConfirmationTerms.of(rule(false, 50), bundle, line(bundle), 30).atProgress())
        .isNull();
  }

  @Test
  void progress_atTheThresholdConfirms_oneBelowDoesNot() {
    PurchaseFacts purchase = purchase(course("sql", null));
    ConfirmationTerms terms = ConfirmationTerms.of(rule(false, 50), purchase, line(purchase), 30);
    assertThat(terms.reachedBy(49)).isFalse();
    assertThat(terms.reachedBy(50)).isTrue();
    assertThat(terms.reachedBy(100)).isTrue();
    assertThat(ConfirmationTerms.hold(BOUGHT).reachedBy(100)).isFalse();
  }

  @Test
  void transaction_keepsTheTermsItWasGrantedOn() {
    PurchaseFacts purchase = purchase(course("sql", 14));
    CashbackRule rule = rule(true, 50);
    ConfirmationTerms terms = ConfirmationTerms.of(rule, purchase, line(purchase), 30);
    Accrual grant =
        new Accrual(line(purchase), rule, line(purchase).paid(), Money.of("1.00", "USD"));
    CashbackTransaction tx =
        CashbackTransaction.pending(purchase, grant, BOUGHT, terms.confirmAfter()).awaiting(terms);
    assertThat(tx.getConfirmAfter()).isEqualTo(BOUGHT.plusDays(14));
    assertThat(tx.getRefundWindowEndsAt()).isEqualTo(BOUGHT.plusDays(14));
    assertThat(tx.getConfirmAtProgress()).isEqualTo(50);
  }

  private static CashbackRule rule(boolean window, Integer progress) {
    CashbackRule rule =
        new CashbackRule("10 %", AmountType.PERCENTAGE, new BigDecimal("10"), "USD");
    rule.assignId(1);
    rule.confirmWhen(window, progress);
    return rule;
  }

  private static PurchaseLine line(PurchaseFacts purchase) {
    return purchase.lines().get(0);
  }

  private static PurchaseLine course(String id, Integer windowDays) {
    return item("COURSE", id, windowDays);
  }

  private static PurchaseLine item(String type, String id, Integer windowDays) {
    return new PurchaseLine(
        0,
        type,
        id,
        id,
        null,
        null,
        null,
        1,
        Money.of("10.00", "USD"),
        windowDays == null ? null : BOUGHT.plusDays(windowDays));
  }

  private static PurchaseFacts purchase(PurchaseLine... lines) {
    List<PurchaseLine> numbered =
        Arrays.stream(lines)
            .map(
                l ->
                    new PurchaseLine(
                        Arrays.asList(lines).indexOf(l) + 1,
                        l.itemType(),
                        l.targetId(),
                        l.title(),
                        null,
                        null,
                        null,
                        1,
                        l.paid(),
                        l.refundWindowEndsAt()))
            .toList();
    return new PurchaseFacts("p-1", "lena", "Lena", null, Set.of(), "USD", BOUGHT, numbered);
  }
}
