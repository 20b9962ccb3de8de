package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.UserType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The active rules a transaction reads first are the ones it grants by until it commits, even if
 * another transaction (another admin, another node) changes the rules meanwhile: a batch locks the
 * budgets of, and grants by, one set of rules, and checks the rules' generation once. A rule the
 * transaction changes itself is read again, and the next transaction sees every change; what it
 * read after its own change is never taken for the rules of another.
 */
@ExtendWith(ArquillianExtension.class)
class RuleCacheIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin().addClasses(RuleCacheIT.class, HostTransactions.class);
  }

  @Inject CashbackRuleRepository rules;

  @Inject RuleAdministration ruleAdmin;

  @Inject HostTransactions host;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Test
  void aTransaction_keepsTheRulesItReadFirst_untilItChangesOne() throws Exception {
    AtomicReference<RuleIndex> first = new AtomicReference<>();
    host.rolledBack(
        () -> {
          first.set(rules.findActive());
          changeTheRulesElsewhere();
          assertSame(
              first.get(), rules.findActive(), "the same rules for the rest of the transaction");
          rules.changed();
          assertNotSame(
              first.get(), rules.findActive(), "read again once the transaction changed a rule");
        });
    host.inTransaction(
        () ->
            assertNotSame(
                first.get(), rules.findActive(), "the next transaction sees the other's change"));
  }

  /**
   * A transaction that changed a rule and read the rules again, then rolled back, numbered its
   * rules with a generation the next committed change takes too: those rules must not be what a
   * transaction grants by after that change.
   */
  @Test
  void aRuleChangeRolledBack_isNotGrantedBy_afterAnotherChangeCommits() throws Exception {
    String title = "Rolled back " + UUID.randomUUID();
    host.rolledBack(
        () -> {
          ruleAdmin.create(draft(title), "admin");
          assertTrue(titles(rules.findActive()).contains(title), "the transaction sees its rule");
        });
    changeTheRulesElsewhere();
    host.inTransaction(
        () ->
            assertFalse(
                titles(rules.findActive()).contains(title),
                "a rule that was never committed is not among the active rules"));
  }

  private static RuleDraft draft(String title) {
    RuleDraft draft = new RuleDraft();
    draft.setTitle(title);
    draft.setAmount(new BigDecimal("50"));
    draft.setAmountType(AmountType.PERCENTAGE);
    draft.setCurrency("USD");
    draft.setUserType(UserType.USERS);
    draft.setAudience(Set.of("lucy")); // a demo learner: the directory must know the audience
    draft.setPriority(10);
    return draft;
  }

  private static List<String> titles(RuleIndex index) {
    return index.all().stream().map(CashbackRule::getTitle).toList();
  }

  /** A rule change committed by another transaction, on a thread of its own. */
  private void changeTheRulesElsewhere() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      other
          .submit(
              () -> {
                try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                  s.executeUpdate(
                      "UPDATE cb_rule_generation SET generation = generation + 1 WHERE id = 1");
                }
                return null;
              })
          .get();
    } finally {
      other.shutdown();
    }
  }
}
