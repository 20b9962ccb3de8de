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

  private static CashbackRule rule(TargetType type, Set<String> targets) {
    CashbackRule rule = new CashbackRule("r", AmountType.PERCENTAGE, BigDecimal.TEN, null);
    rule.restrictTo(type, targets);
    return rule;
  }
}
