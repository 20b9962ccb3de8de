package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.application.wallet.BalanceTooLowException;
import dev.cashback.plugin.application.wallet.CashbackExpiry;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.LotBook;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Available cashback that expires (30 days here, reminders 7 days before), in the running platform
 * on the configured database (PostgreSQL in CI), with a clock the tests move: the expiry at T − 1
 * ms, T and T + 1 ms; spends racing the expiry; spent cashback returned after its lot expired; a
 * refund of a purchase whose cashback partly expired; one reminder however many jobs run at once.
 * After each test the ledger check, lots included, must find nothing.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class CashbackExpiryIT {

  private static final Duration HOLD = Duration.ofDays(14);
  private static final Duration LIFE = Duration.ofDays(30);

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin(
            "cashback.expiry.days=30",
            "cashback.expiry.reminder-days=7",
            "cashback.expiry.grace-days=7",
            // The job runs every second here, so one test can watch it work alone.
            "cashback.expiry.interval-seconds=1")
        .addClasses(
            TestPersistence.class,
            CashbackExpiryIT.class,
            LedgerStaysSound.class,
            HostTransactions.class);
  }

  @Inject Event<PurchaseCompleted> purchases;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject RuleAdministration ruleAdmin;
  @Inject CashbackLifecycle lifecycle;
  @Inject CashbackExpiry expiry;
  @Inject Wallets wallets;
  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackClock clock;
  @Inject EntityManager lms;

  // Not UserTransaction: see HostTransactions (Payara's shared interceptor and the expiry timer).
  @Inject HostTransactions host;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  @Test
  void cashbackExpires_exactlyAtItsExpiry_notAMillisecondBefore() throws Exception {
    String learner = learnerWithRule();
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    buy(learner, "50.00", bought);
    Instant available = bought.plus(HOLD);
    at(available);
    Instant expires = available.plus(LIFE);

    at(expires.minusMillis(1));
    runExpiry();
    assertAvailable(learner, "5.00", "T - 1 ms");
    assertEquals(0, transactions.count(expiredOnly(learner), 100), "nothing expired yet");
    assertEquals(1, transactions.count(TransactionFilter.none().forUser(learner), 100));

    at(expires);
    runExpiry();
    assertAvailable(learner, "0", "T");
    assertEquals(new BigDecimal("5.00"), expiredOf(learner));
    assertEquals(1, transactions.count(expiredOnly(learner), 100), "the list's expired filter");

    // T + 1 ms, before any job has run: a spend already finds nothing of the expired lot.
    String other = learnerWithRule();
    buy(other, "30.00", bought);
    at(available);
    at(expires.plusMillis(1));
    Money taken = wallets.spendUpTo(other, Money.of("3.00", "USD"), "late-" + UUID.randomUUID());
    assertEquals(0, taken.amount().signum(), "nothing to spend at T + 1 ms");
    assertAvailable(other, "0", "T + 1 ms");
    assertEquals(new BigDecimal("3.00"), expiredOf(other));
  }

  @Test
  void theExpiryJob_onEveryNodeOnItsOwn_expiresWhatIsDue() throws Exception {
    String learner = learnerWithRule();
    Instant expires = eachHasFiveAvailable(learner);
    at(expires);
    Instant deadline = Instant.now().plusSeconds(30);
    while (expiredOf(learner).signum() == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertEquals(new BigDecimal("5.00"), expiredOf(learner), "expired by the job, nobody else");
    assertAvailable(learner, "0", "after the job");
  }

  @Test
  void spendsRacingTheExpiry_neverBothHaveTheSameMoney() throws Exception {
    String early = learnerWithRule();
    String onTime = learnerWithRule();
    Instant expires = eachHasFiveAvailable(early, onTime);

    // A millisecond before: one spend of 3.00 fits, the expiry finds nothing due yet.
    at(expires.minusMillis(1));
    race(early);
    assertEquals(new BigDecimal("3.00"), spentOf(early));
    assertEquals(new BigDecimal("0.00"), expiredOf(early));
    assertAvailable(early, "2.00", "spent 3.00 of 5.00");

    // At the expiry: no spend gets any of it, the expiry takes all of it, once.
    at(expires);
    race(onTime);
    assertEquals(new BigDecimal("0.00"), spentOf(onTime));
    assertEquals(new BigDecimal("5.00"), expiredOf(onTime));
    assertAvailable(onTime, "0", "expired");
  }

  @Test
  void spentCashbackReturnedAfterItsLotExpired_lastsTheGraceDays() throws Exception {
    String learner = learnerWithRule();
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    buy(learner, "50.00", bought);
    at(bought.plus(HOLD));
    Instant expires = bought.plus(HOLD).plus(LIFE);

    at(expires.minus(Duration.ofDays(1)));
    String checkout = "checkout-" + UUID.randomUUID();
    hostCheckout(learner, checkout, "5.00");
    assertAvailable(learner, "0", "all spent");

    Instant refunded = expires.plus(Duration.ofDays(2));
    at(refunded);
    refund(checkout, "course-paid-with-cashback", "5.00");
    runExpiry();
    assertAvailable(learner, "5.00", "given back, and the grace days have not passed");

    at(refunded.plus(Duration.ofDays(7)).minusMillis(1));
    runExpiry();
    assertAvailable(learner, "5.00", "grace - 1 ms");
    at(refunded.plus(Duration.ofDays(7)));
    runExpiry();
    assertAvailable(learner, "0", "grace over");
    assertEquals(new BigDecimal("5.00"), expiredOf(learner));
  }

  @Test
  void refundOfAPurchaseWhoseCashbackPartlyExpired_takesBackOnlyWhatDidNotExpire()
      throws Exception {
    String learner = learnerWithRule();
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String purchase = buy(learner, "50.00", bought);
    at(bought.plus(HOLD));
    wallets.spend(learner, Money.of("2.00", "USD"), "spent-" + UUID.randomUUID());
    Instant expires = bought.plus(HOLD).plus(LIFE);
    at(expires);
    runExpiry();
    assertEquals(new BigDecimal("3.00"), expiredOf(learner));
    assertAvailable(learner, "0", "2.00 spent, 3.00 expired");

    at(expires.plus(Duration.ofDays(1)));
    refund(purchase, "java-basics", "50.00");
    // The 3.00 that expired already went back to the platform: the refund takes back the 2.00
    // the learner had the use of, not the expired part a second time.
    assertAvailable(learner, "-2.00", "clawback of what was spent");
  }

  @Test
  void reminder_isQueuedOnce_whateverTheJobsRunningAtOnce_andNotForASpentLot() throws Exception {
    String learner = learnerWithRule();
    String spender = learnerWithRule();
    Instant expires = eachHasFiveAvailable(learner, spender);
    wallets.spend(spender, Money.of("5.00", "USD"), "spent-" + UUID.randomUUID());

    at(expires.minus(Duration.ofDays(7)).minusMillis(1));
    concurrently(8, () -> expiry.remindDue(100));
    assertEquals(0, reminders(learner), "not yet within the reminder days");

    at(expires.minus(Duration.ofDays(3)));
    concurrently(8, () -> expiry.remindDue(100));
    concurrently(8, () -> expiry.remindDue(100));
    assertEquals(1, reminders(learner));
    assertEquals(0, reminders(spender), "nothing left to expire");
  }

  /**
   * One learner with USD, JPY and BHD cashback at once: each currency earns, spends, is refunded
   * and expires on its own, to its own minor unit; the Transaction list filters by currency.
   */
  @Test
  void eachCurrencyEarnsSpendsRefundsAndExpiresOnItsOwn() throws Exception {
    String learner = learnerWithRule(null);
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String usd = buy(learner, "50.00", "USD", bought);
    buy(learner, "5000", "JPY", bought);
    buy(learner, "20.000", "BHD", bought);
    at(bought.plus(HOLD));
    assertAvailable(learner, "USD", "5.00", "10 % of 50.00");
    assertAvailable(learner, "JPY", "500", "10 % of 5000");
    assertAvailable(learner, "BHD", "2.000", "10 % of 20.000");

    wallets.spend(learner, Money.of("2.00", "USD"), "usd-" + UUID.randomUUID());
    wallets.spend(learner, Money.of("200", "JPY"), "jpy-" + UUID.randomUUID());
    wallets.spend(learner, Money.of("0.500", "BHD"), "bhd-" + UUID.randomUUID());
    refund(usd, "java-basics", "10.00", "USD");
    assertAvailable(learner, "USD", "2.00", "5.00 - 2.00 spent - 1.00 taken back");
    assertAvailable(learner, "JPY", "300", "untouched by the dollar refund");
    assertAvailable(learner, "BHD", "1.500", "untouched by the dollar refund");

    at(bought.plus(HOLD).plus(LIFE));
    runExpiry();
    for (String currency : List.of("USD", "JPY", "BHD")) {
      assertAvailable(learner, currency, "0", currency + " expired");
      TransactionFilter inIt =
          TransactionFilter.of(null, null, null, null, null, false, currency, ZoneOffset.UTC)
              .forUser(learner);
      assertEquals(1, transactions.count(inIt, 100), "the list filtered by " + currency);
    }
    assertEquals(
        new BigDecimal("2.00"),
        sum(
                "SELECT SUM(expired_amount) FROM cb_lot WHERE user_id = ? AND currency = 'USD'",
                learner)
            .setScale(2));
    assertEquals(
        0,
        new BigDecimal("300")
            .compareTo(
                sum(
                    "SELECT SUM(expired_amount) FROM cb_lot WHERE user_id = ?"
                        + " AND currency = 'JPY'",
                    learner)));
    assertEquals(
        0,
        new BigDecimal("1.500")
            .compareTo(
                sum(
                    "SELECT SUM(expired_amount) FROM cb_lot WHERE user_id = ?"
                        + " AND currency = 'BHD'",
                    learner)));
  }

  /** 8 spends of 3.00 and 8 expiry runs of the learner's wallet, all at once. */
  private void race(String learner) throws Exception {
    List<Callable<Object>> work = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      work.add(
          () -> {
            try {
              wallets.spend(learner, Money.of("3.00", "USD"), "race-" + UUID.randomUUID());
            } catch (BalanceTooLowException refused) {
              // the expiry or another spend came first
            }
            return null;
          });
      work.add(
          () -> {
            expiry.expire(new LotBook.Wallet(learner, "USD"));
            return null;
          });
    }
    allAtOnce(work);
  }

  private void concurrently(int count, Callable<Object> work) throws Exception {
    allAtOnce(java.util.Collections.nCopies(count, work));
  }

  /** Starts every piece of work on a container thread of its own at the same moment. */
  private void allAtOnce(List<Callable<Object>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size(), threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> done = new ArrayList<>();
      for (Callable<Object> one : work) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  return one.call();
                }));
      }
      start.countDown();
      for (Future<Object> one : done) {
        one.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Each learner buys for 50.00 now and has 5.00 available after the hold; returns its expiry. */
  private Instant eachHasFiveAvailable(String... learners) throws Exception {
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    for (String learner : learners) {
      buy(learner, "50.00", bought);
    }
    at(bought.plus(HOLD));
    return bought.plus(HOLD).plus(LIFE);
  }

  /** Moves the clock and confirms what is due then. */
  private void at(Instant when) {
    clock.use(Clock.fixed(when, ZoneOffset.UTC));
    lifecycle.confirmDue(100_000);
  }

  /** The Transaction list's filter for the learner's cashback of which some expired. */
  private static TransactionFilter expiredOnly(String learner) {
    return TransactionFilter.of(null, null, null, null, null, true, null, ZoneOffset.UTC)
        .forUser(learner);
  }

  private void runExpiry() {
    for (LotBook.Wallet wallet : expiry.dueWallets(10_000)) {
      expiry.expire(wallet);
    }
  }

  /** A host checkout paid wholly with cashback, as the sample's checkout does it. */
  private void hostCheckout(String learner, String purchaseId, String price) throws Exception {
    host.inTransaction(
        () -> {
          wallets.spend(learner, Money.of(price, "USD"), purchaseId);
          purchases.fire(
              new PurchaseCompleted(
                  purchaseId,
                  buyer(learner),
                  List.of(
                      new PurchaseItem(
                          ItemType.COURSE,
                          "course-paid-with-cashback",
                          "Paid with cashback",
                          null,
                          "programming",
                          "irene",
                          new BigDecimal(price),
                          1,
                          BigDecimal.ZERO,
                          new BigDecimal(price))),
                  "USD",
                  clock.now().toInstant()));
        });
    awaitProcessed(purchaseId);
  }

  private String learnerWithRule() throws Exception {
    return learnerWithRule("USD");
  }

  /** A learner earning 10 % from a rule of their own, in that currency (null: in any). */
  private String learnerWithRule(String currency) throws Exception {
    String username = "expiry-" + UUID.randomUUID();
    host.inTransaction(
        () -> {
          lms.persist(
              new Account(username, username, username + "@example.com", Role.LEARNER, "-"));
        });
    RuleDraft draft = new RuleDraft();
    draft.setTitle("Expiry");
    draft.setAmount(new BigDecimal("10"));
    draft.setAmountType(AmountType.PERCENTAGE);
    draft.setCurrency(currency);
    draft.setUserType(UserType.USERS);
    draft.setAudience(Set.of(username));
    draft.setPriority(10);
    ruleAdmin.create(draft, "admin");
    return username;
  }

  private static Buyer buyer(String learner) {
    return new Buyer(learner, learner, learner + "@example.com", null, Set.of("learner"));
  }

  private String buy(String learner, String price, Instant at) throws Exception {
    return buy(learner, price, "USD", at);
  }

  private String buy(String learner, String price, String currency, Instant at) throws Exception {
    String purchaseId = UUID.randomUUID().toString();
    host.inTransaction(
        () -> {
          purchases.fire(
              new PurchaseCompleted(
                  purchaseId,
                  buyer(learner),
                  List.of(
                      new PurchaseItem(
                          ItemType.COURSE,
                          "java-basics",
                          "Java from Scratch",
                          null,
                          "programming",
                          "irene",
                          new BigDecimal(price),
                          1,
                          BigDecimal.ZERO,
                          null)),
                  currency,
                  at));
        });
    awaitProcessed(purchaseId);
    return purchaseId;
  }

  private void refund(String purchaseId, String item, String amount) throws Exception {
    refund(purchaseId, item, amount, "USD");
  }

  private void refund(String purchaseId, String item, String amount, String currency)
      throws Exception {
    host.inTransaction(
        () -> {
          refunds.fire(
              new PurchaseRefunded(
                  UUID.randomUUID().toString(),
                  purchaseId,
                  List.of(new RefundedItem(item, new BigDecimal(amount))),
                  new BigDecimal(amount),
                  currency,
                  "Customer asked",
                  clock.now().toInstant()));
        });
    Instant deadline = Instant.now().plusSeconds(30);
    while (count(
                "SELECT COUNT(*) FROM cb_refund_inbox WHERE purchase_id = ? AND processed_at IS NULL",
                purchaseId)
            > 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
  }

  private void awaitProcessed(String purchaseId) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (count(
                "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
                purchaseId)
            > 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
  }

  private void assertAvailable(String learner, String expected, String when) {
    assertAvailable(learner, "USD", expected, when);
  }

  private void assertAvailable(String learner, String currency, String expected, String when) {
    Money available = wallets.balances(learner, currency).available();
    assertEquals(
        0, new BigDecimal(expected).compareTo(available.amount()), when + ": " + available);
  }

  private BigDecimal expiredOf(String learner) throws Exception {
    return sum("SELECT COALESCE(SUM(expired_amount), 0) FROM cb_lot WHERE user_id = ?", learner)
        .setScale(2);
  }

  private BigDecimal spentOf(String learner) throws Exception {
    return sum(
            "SELECT COALESCE(-SUM(e.amount), 0) FROM cb_entry e JOIN cb_journal j ON j.id ="
                + " e.journal_id JOIN cb_account a ON a.id = e.account_id WHERE j.kind = 'SPEND'"
                + " AND a.owner_id = ? AND a.kind = 'AVAILABLE'",
            learner)
        .setScale(2);
  }

  private long reminders(String learner) throws Exception {
    return count(
        "SELECT COUNT(*) FROM cb_mail_outbox WHERE user_id = ? AND kind = 'cashbackExpiring'",
        learner);
  }

  private long count(String sql, Object... parameters) throws Exception {
    return sum(sql, parameters).longValue();
  }

  private BigDecimal sum(String sql, Object... parameters) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        return rs.getBigDecimal(1);
      }
    }
  }
}
