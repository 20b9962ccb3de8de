package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleIndex;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
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
 * transaction changes itself is read again, and the next transaction sees every change.
 */
@ExtendWith(ArquillianExtension.class)
class RuleCacheIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin().addClasses(RuleCacheIT.class, HostTransactions.class);
  }

  @Inject CashbackRuleRepository rules;

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
