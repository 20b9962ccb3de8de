package dev.cashback.plugin.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

  @Test
  void candidatesFor_onlyRulesThatCanMatchTheItem() {
    CashbackRule all = rule(TargetType.ALL, Set.of());
    CashbackRule java = rule(TargetType.COURSE, Set.of("java"));
    CashbackRule sql = rule(TargetType.COURSE, Set.of("sql"));
    CashbackRule programming = rule(TargetType.CATEGORY, Set.of("programming"));
    CashbackRule irene = rule(TargetType.INSTRUCTOR, Set.of("irene"));
    CashbackRule bundle = rule(TargetType.BUNDLE, Set.of("java"));
    RuleIndex index = new RuleIndex(List.of(all, java, sql, programming, irene, bundle));

    assertThat(index.candidatesFor("COURSE", "java", "programming", "ivan"))
        .containsExactlyInAnyOrder(all, java, programming);
    assertThat(index.candidatesFor("BUNDLE", "java", null, "irene"))
        .containsExactlyInAnyOrder(all, bundle, irene);
    assertThat(index.all()).hasSize(6);
  }

  @Test
  void candidatesFor_comeInPriorityOrder_thenOlderFirst() {
    CashbackRule low = rule(TargetType.ALL, Set.of());
    low.assignId(1);
    CashbackRule high = rule(TargetType.COURSE, Set.of("java"));
    high.assignId(2);
    high.setPriority(5);
    CashbackRule lowCourse = rule(TargetType.COURSE, Set.of("java"));
    lowCourse.assignId(3);
    CashbackRule newest = rule(TargetType.CATEGORY, Set.of("programming"));
    newest.assignId(4);
    newest.setPriority(5);
    RuleIndex index = new RuleIndex(List.of(lowCourse, newest, low, high));

    assertThat(index.candidatesFor("COURSE", "java", "programming", null))
        .containsExactly(high, newest, low, lowCourse);
    assertThat(index.candidatesFor("COURSE", "java", null, null))
        .containsExactly(high, low, lowCourse);
  }

  private static CashbackRule rule(TargetType type, Set<String> targets) {
    CashbackRule rule = new CashbackRule("r", AmountType.PERCENTAGE, BigDecimal.TEN, null);
    rule.restrictTo(type, targets);
    return rule;
  }
}
