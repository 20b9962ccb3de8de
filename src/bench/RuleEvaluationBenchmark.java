import dev.cashback.plugin.domain.accrual.AccrualCalculator;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.accrual.PurchaseLine;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule evaluation alone (not a test; see the README, "Benchmark"): the intake benchmark's rules (N
 * percentage rules on 100 courses, so 100 candidates per course at 10,000 rules) applied to 1,000
 * one-line purchases, 30 times per round, 20 rounds; prints each round's microseconds per purchase
 * and the best round.
 */
public class RuleEvaluationBenchmark {

  public static void main(String[] args) {
    int ruleCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<CashbackRule> rules = new ArrayList<>();
    for (int g = 1; g <= ruleCount; g++) {
      CashbackRule rule =
          new CashbackRule("Bench " + g, AmountType.PERCENTAGE, BigDecimal.valueOf(5 + g % 10), null);
      rule.assignId(g);
      rule.restrictTo(TargetType.COURSE, Set.of("course-" + g % Math.min(ruleCount, 100)));
      rule.setPerItem(true);
      rule.setStatus(RuleStatus.ACTIVE);
      rules.add(rule);
    }
    RuleIndex index = new RuleIndex(rules);
    AccrualCalculator calculator = new AccrualCalculator();
    OffsetDateTime now = OffsetDateTime.now();
    List<PurchaseFacts> purchases = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      purchases.add(
          new PurchaseFacts(
              "p" + i, "u" + i, "Learner", null, Set.of(), "USD", now,
              List.of(
                  new PurchaseLine(
                      1, "COURSE", "course-" + i % 100, "Course", null, null, null, 1,
                      Money.of(new BigDecimal("49.99"), "USD")))));
    }
    double best = Double.MAX_VALUE;
    long granted = 0;
    for (int round = 0; round < 20; round++) {
      long started = System.nanoTime();
      for (int repeat = 0; repeat < 30; repeat++) {
        for (PurchaseFacts purchase : purchases) {
          granted += calculator.accrue(purchase, index, StackingPolicy.BEST, rule -> false).size();
        }
      }
      double micros = (System.nanoTime() - started) / 1000.0 / (30 * purchases.size());
      best = Math.min(best, micros);
      System.out.printf("rules=%d round=%d us_per_purchase=%.2f%n", ruleCount, round, micros);
    }
    System.out.printf("rules=%d best_us_per_purchase=%.2f grants=%d%n", ruleCount, best, granted);
  }
}
