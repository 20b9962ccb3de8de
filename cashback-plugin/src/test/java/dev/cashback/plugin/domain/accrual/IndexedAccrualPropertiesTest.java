package dev.cashback.plugin.domain.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The rule index is a shortcut: for generated rule sets (every target type, shared targets, equal
 * priorities, windows, audiences, currencies, minimums, maxima, per-item and per-order) and
 * generated purchases of 1–4 lines, granting through the index must give exactly what evaluating
 * every active rule gives, under both stacking policies and with some rules stopped (a spent
 * budget). jqwik prints the seed of a failing case.
 */
class IndexedAccrualPropertiesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final List<String> COURSES = List.of("java", "sql", "go");
  private static final List<String> CATEGORIES = List.of("programming", "data");
  private static final List<String> INSTRUCTORS = List.of("ivan", "irene");

  private final AccrualCalculator calculator = new AccrualCalculator();

  @Property(tries = 2000)
  void grantsThroughTheIndex_areThoseOfEveryRuleEvaluated(@ForAll long seed) {
    Random random = new Random(seed);
    List<CashbackRule> rules = rules(random);
    RuleIndex index = new RuleIndex(rules);
    PurchaseFacts purchase = purchase(random);
    Set<Long> spent = new HashSet<>();
    rules.forEach(
        rule -> {
          if (random.nextInt(5) == 0) {
            spent.add(rule.getId());
          }
        });
    Predicate<CashbackRule> stopped = rule -> spent.contains(rule.getId());
    List<CashbackRule> going = rules.stream().filter(stopped.negate()).toList();

    for (StackingPolicy policy : StackingPolicy.values()) {
      assertThat(calculator.accrue(purchase, index, policy, stopped))
          .as("%s, seed %d", policy, seed)
          .containsExactlyElementsOf(calculator.accrue(purchase, going, policy));
    }
  }

  private static List<CashbackRule> rules(Random random) {
    List<CashbackRule> rules = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (long id = 1; id <= count; id++) {
      ids.add(id);
    }
    Collections.shuffle(ids, random); // created in another order than their ids
    ids.forEach(id -> rules.add(rule(random, id)));
    return rules;
  }

  private static CashbackRule rule(Random random, long id) {
    boolean fixed = random.nextInt(3) == 0;
    String currency = fixed || random.nextBoolean() ? pick(random, List.of("USD", "EUR")) : null;
    BigDecimal amount =
        fixed
            ? BigDecimal.valueOf(50 + random.nextInt(1000), 2)
            : BigDecimal.valueOf(1 + random.nextInt(400), 1);
    CashbackRule rule =
        new CashbackRule(
            "r" + id, fixed ? AmountType.FIXED : AmountType.PERCENTAGE, amount, currency);
    rule.assignId(id);
    rule.setStatus(RuleStatus.ACTIVE);
    rule.setPriority(random.nextInt(3)); // few values: ties are common
    rule.setPerItem(random.nextBoolean());
    TargetType type = pick(random, List.of(TargetType.values()));
    rule.restrictTo(type, targets(random, type));
    if (random.nextInt(4) == 0) {
      rule.restrictToUsers(UserType.USERS, Set.of(pick(random, List.of("u1", "u2"))));
    } else if (random.nextInt(4) == 0) {
      rule.restrictToUsers(UserType.GROUPS, Set.of(pick(random, List.of("gold", "silver"))));
    }
    if (random.nextInt(5) == 0) {
      rule.setWindow(NOW.plusDays(random.nextInt(3) - 1), null);
    }
    if (currency != null && random.nextInt(3) == 0) {
      rule.setLimits(
          random.nextBoolean() ? BigDecimal.valueOf(1 + random.nextInt(2000), 2) : null,
          null,
          null);
      if (random.nextBoolean()) {
        rule.setMinimumPurchase(BigDecimal.valueOf(random.nextInt(10000), 2));
      }
    }
    return rule;
  }

  private static Set<String> targets(Random random, TargetType type) {
    List<String> pool =
        switch (type) {
          case ALL -> List.of();
          case COURSE, BUNDLE -> COURSES;
          case CATEGORY -> CATEGORIES;
          case INSTRUCTOR -> INSTRUCTORS;
        };
    Set<String> ids = new HashSet<>();
    if (!pool.isEmpty()) {
      int count = 1 + random.nextInt(pool.size());
      for (int i = 0; i < count; i++) {
        ids.add(pick(random, pool));
      }
    }
    return ids;
  }

  private static PurchaseFacts purchase(Random random) {
    String currency = pick(random, List.of("USD", "USD", "EUR"));
    List<PurchaseLine> lines = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 1; i <= count; i++) {
      lines.add(
          new PurchaseLine(
              i,
              random.nextInt(4) == 0 ? "BUNDLE" : "COURSE",
              pick(random, COURSES),
              "t",
              null,
              random.nextInt(4) == 0 ? null : pick(random, CATEGORIES),
              random.nextInt(4) == 0 ? null : pick(random, INSTRUCTORS),
              1 + random.nextInt(3),
              Money.of(BigDecimal.valueOf(random.nextInt(20000), 2), currency)));
    }
    return new PurchaseFacts(
        "p",
        pick(random, List.of("u1", "u2", "u3")),
        "Learner",
        null,
        random.nextBoolean() ? Set.of("gold") : Set.of(),
        currency,
        NOW,
        lines);
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
