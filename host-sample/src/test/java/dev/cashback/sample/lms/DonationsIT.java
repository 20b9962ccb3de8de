package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.donation.Donations;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Checkout;
import dev.cashback.sample.lms.service.Refunds;
import dev.cashback.sample.lms.signup.SignUp;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Donations inside the running platform, on the configured database (PostgreSQL in CI): the share a
 * learner chose when the cashback was granted goes to the cause at confirmation (rounded down, the
 * rest available), reversals of confirmed cashback take the donated share back from the cause to
 * the cent, and a later change of share leaves cashback already granted as it was. The ledger check
 * runs after each test.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class DonationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin()
        .addClasses(DonationsIT.class, TestDatabase.class, LedgerStaysSound.class);
  }

  @Inject SignUp signUp;
  @Inject Checkout checkout;
  @Inject Refunds refunds;
  @Inject CashbackLifecycle lifecycle;
  @Inject Donations donations;
  @Inject CashbackClock clock;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  @Test
  void chosenShare_goesToTheCauseAtConfirmation_andComesBackWithAFullRefund() throws Exception {
    String learner = learner("25");
    Purchase purchase = checkout.buy(learner, "jakarta-ee"); // 89.00, 10 % = 8.90
    assertEquals(new BigDecimal("25.0000"), single(learner, "donation_share"));
    assertEquals(
        new BigDecimal("0.0000"), single(learner, "donated_amount"), "nothing while pending");

    BigDecimal causeBefore = donationAccount();
    confirmAll();
    assertEquals(new BigDecimal("2.2200"), single(learner, "donated_amount"), "25 % of 8.90");
    assertEquals(new BigDecimal("6.68"), available(learner));
    assertEquals(new BigDecimal("2.2200"), donationAccount().subtract(causeBefore));
    assertEquals(
        new BigDecimal("2.2200"), donations.donatedBy(learner).get(0).amount().setScale(4));

    refunds.refund(purchase.getId(), "Changed my mind", "admin");
    awaitReversed(learner);
    assertEquals(new BigDecimal("0.00"), available(learner));
    assertEquals(new BigDecimal("0.0000"), donationAccount().subtract(causeBefore));
    assertEquals(new BigDecimal("2.2200"), single(learner, "donation_reversed"));
  }

  @Test
  void partialReversals_takeTheDonatedShareBack_toTheCent() throws Exception {
    String learner = learner("25");
    checkout.buy(learner, "jakarta-ee");
    confirmAll();
    long tx = text("SELECT id FROM cb_transaction WHERE user_id = ?", learner, Long.class);
    lifecycle.refundByAdmin(tx, Money.of("4.45", "USD"), "Half", "admin");
    // 4.45: 1.11 (25 %, rounded down) from the cause, 3.34 from the learner.
    assertEquals(new BigDecimal("1.1100"), single(learner, "donation_reversed"));
    assertEquals(new BigDecimal("3.34"), available(learner));
    lifecycle.refundByAdmin(tx, null, "The rest", "admin");
    // All that is left: the donation's last 1.11 and the learner's 3.34.
    assertEquals(new BigDecimal("2.2200"), single(learner, "donation_reversed"));
    assertEquals(new BigDecimal("0.00"), available(learner));
  }

  @Test
  void noShare_donatesNothing_andAChangedShareLeavesGrantedCashbackAlone() throws Exception {
    String learner = learner(null);
    checkout.buy(learner, "java-basics"); // 4.90 cashback, default share 0
    choose(learner, "50");
    checkout.buy(learner, "testing-java"); // 3.95 cashback, granted at 50 %
    confirmAll();
    assertEquals(
        new BigDecimal("1.9700"),
        text(
            "SELECT SUM(donated_amount) FROM cb_transaction WHERE user_id = ?",
            learner,
            BigDecimal.class),
        "only the second: 50 % of 3.95, rounded down");
    assertEquals(new BigDecimal("6.88"), available(learner), "4.90 + 1.98");
  }

  // --- helpers

  private String learner(String share) throws Exception {
    String email = "donor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    signUp.register(
        new SignUp.Form(
            email,
            "correct horse",
            null,
            true,
            "2001:db8:d::" + Integer.toHexString((int) (Math.random() * 60000)),
            UUID.randomUUID().toString(),
            "http://localhost",
            null));
    if (share != null) {
      choose(email, share);
    }
    return email;
  }

  /** The learner's choice as the page stores it (the page's own checks are tested over HTTP). */
  private void choose(String learner, String share) throws Exception {
    new TestDatabase(db)
        .update(
            "INSERT INTO cb_donation_choice (user_id, share_percent, updated_at)"
                + " VALUES (?, ?, CURRENT_TIMESTAMP)",
            learner,
            new BigDecimal(share));
  }

  private void confirmAll() {
    clock.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(15)));
    while (lifecycle.confirmDue(500) > 0) {
      // confirm everything due
    }
  }

  private void awaitReversed(String learner) throws Exception {
    for (int i = 0; i < 100; i++) {
      if ("REVERSED"
          .equals(
              text("SELECT status FROM cb_transaction WHERE user_id = ?", learner, String.class))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the refund was not applied");
  }

  private BigDecimal available(String learner) throws Exception {
    BigDecimal balance =
        text(
            "SELECT balance FROM cb_account WHERE owner_id = ? AND kind = 'AVAILABLE'",
            learner,
            BigDecimal.class);
    return balance.setScale(2);
  }

  private BigDecimal donationAccount() throws Exception {
    return text(
            "SELECT COALESCE(SUM(e.amount), 0) FROM cb_entry e JOIN cb_account a"
                + " ON a.id = e.account_id WHERE a.kind = ? AND a.currency = 'USD'",
            "DONATION",
            BigDecimal.class)
        .setScale(4);
  }

  private BigDecimal single(String learner, String column) throws Exception {
    return text(
        "SELECT " + column + " FROM cb_transaction WHERE user_id = ?", learner, BigDecimal.class);
  }

  private <T> T text(String sql, String param, Class<T> type) throws Exception {
    return new TestDatabase(db).value(type, sql, param);
  }
}
