package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.CashbackWallet;
import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Role;
import dev.cashback.sample.lms.service.Checkout;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a host may send that the plugin must not mis-apply, nor let break the host: refunds in
 * another currency than their purchase, item refunds of a target bought on several lines, and
 * purchases the plugin cannot store (overlong ids and titles, a failing statement). The host's own
 * writes in the same transaction must always commit; what the plugin refused is kept for admins.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class HostEventSafetyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin()
        .addClasses(
            TestPersistence.class,
            HostTransactions.class,
            HostEventSafetyIT.class,
            TestDatabase.class,
            LedgerStaysSound.class);
  }

  @Inject Event<PurchaseCompleted> purchases;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject Event<CourseProgressed> progress;
  @Inject RuleAdministration ruleAdmin;
  @Inject CashbackLifecycle lifecycle;
  @Inject Wallets wallets;
  @Inject CashbackClock clock;
  @Inject CashbackWallet wallet;
  @Inject Checkout checkout;

  @Inject HostTransactions host;

  /** Only for the host that demarcates its own transactions: see HostTransactions. */
  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction hostsOwnTransaction;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject EntityManager lms;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  // --- item 1: a refund's currency is its purchase's ---------------------------------------

  @Test
  void refundInAnotherCurrency_reversesNothing_isRefusedForAdmins_andNotRetried() throws Exception {
    String learner = learner();
    String purchaseId = buy(learner, List.of(course("java-basics", "100.00", "0")));
    assertBalances(learner, "10.00", "0");

    PurchaseRefunded whole = refund(purchaseId, List.of(), "100", "JPY");
    PurchaseRefunded itemised =
        refund(
            purchaseId,
            List.of(new RefundedItem("java-basics", new BigDecimal("100"))),
            "100",
            "JPY");
    fireRefund(whole);
    fireRefund(itemised);
    awaitRefundSettled(whole.refundId());
    awaitRefundSettled(itemised.refundId());

    assertBalances(learner, "10.00", "0");
    assertEquals(
        0,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_reversal r JOIN cb_transaction t"
                    + " ON t.id = r.transaction_id WHERE t.purchase_id = ?",
                purchaseId));
    for (PurchaseRefunded refused : List.of(whole, itemised)) {
      String reason =
          database()
              .value(
                  String.class,
                  "SELECT reason FROM cb_refused_event WHERE event_id = ? AND kind = 'REFUND'",
                  refused.refundId());
      assertTrue(reason.contains("JPY") && reason.contains("USD"), reason);
    }
  }

  @Test
  void refundInAnotherCurrency_beforeItsPurchaseArrives_isRefusedOnceThePurchaseIsIn()
      throws Exception {
    String learner = learner();
    String purchaseId = UUID.randomUUID().toString();
    PurchaseRefunded early = refund(purchaseId, List.of(), "50.000", "BHD");
    fireRefund(early);
    buy(purchaseId, learner, List.of(course("java-basics", "100.00", "0")));
    awaitRefundSettled(early.refundId());
    assertBalances(learner, "10.00", "0");
    assertEquals(
        1,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_refused_event WHERE event_id = ? AND kind = 'REFUND'",
                early.refundId()));
  }

  // --- item 2: an item refund is spread over the lines of its target -------------------------

  @Test
  void itemRefund_ofOneOfTwoLinesOfOneCourse_reversesOneLine_thenTheRestOnly() throws Exception {
    String learner = learner();
    String purchaseId =
        buy(
            learner,
            List.of(course("java-basics", "49.00", "0"), course("java-basics", "49.00", "0")));
    assertBalances(learner, "9.80", "0");

    refundAndWait(purchaseId, "java-basics", "49.00");
    assertBalances(learner, "4.90", "0");
    assertEquals(new BigDecimal("4.90"), reversedOf(purchaseId), "one line declined, not both");

    refundAndWait(purchaseId, "java-basics", "60.00");
    assertBalances(learner, "0", "0");
    assertEquals(new BigDecimal("9.80"), reversedOf(purchaseId), "never more than was granted");
  }

  @Test
  void itemRefund_overTwoLines_fillsTheFirstLineThenPartOfTheSecond() throws Exception {
    String learner = learner();
    String purchaseId =
        buy(
            learner,
            List.of(course("java-basics", "49.00", "0"), course("java-basics", "49.00", "0")));

    refundAndWait(purchaseId, "java-basics", "60.00");
    // Line 1: all of 49.00 → 4.90; line 2: 11.00 of 49.00 → 4.90 × 11 / 49 = 1.10.
    assertEquals(new BigDecimal("6.00"), reversedOf(purchaseId));
    assertBalances(learner, "3.80", "0");
  }

  /** A new learner holding 20.00 USD available: a confirmed cashback on a 200.00 course. */
  private String learnerWith20Available() throws Exception {
    String learner = learner();
    buy(learner, List.of(course("color-theory", "200.00", "0")));
    clock.use(Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(30)));
    assertTrue(confirmAll() > 0);
    assertBalances(learner, "0", "20.00");
    return learner;
  }

  @Test
  void itemRefund_returnsTheCashbackSpentOnTheLinesItRefunds_notOnTheOthers() throws Exception {
    String learner = learnerWith20Available();

    // The same course twice: the first line paid in money, the second partly with cashback.
    String purchaseId = UUID.randomUUID().toString();
    spendAndBuy(
        learner,
        purchaseId,
        "20.00",
        List.of(course("java-basics", "49.00", "0"), course("java-basics", "49.00", "20.00")));
    assertBalances(learner, "7.80", "0");

    refundAndWait(purchaseId, "java-basics", "49.00");
    assertBalances(learner, "2.90", "0");
    refundAndWait(purchaseId, "java-basics", "29.00");
    assertBalances(learner, "0", "20.00");
  }

  @Test
  void spentCashback_comesBackWhole_whenALineIsRefundedInSeveralItemRefunds() throws Exception {
    // Found by ModelSequenceIT (seed 3207034817): each item refund rounded its own share down, so
    // a line refunded in parts got back a cent less than was spent on it.
    String learner = learnerWith20Available();

    String purchaseId = UUID.randomUUID().toString();
    spendAndBuy(
        learner,
        purchaseId,
        "10.00",
        List.of(course("java-basics", "100.00", "10.00"), course("sql-basics", "50.00", "0")));
    assertBalances(learner, "14.00", "10.00");

    refundAndWait(purchaseId, "java-basics", "30.00"); // 10.00 × 30 / 90 = 3.33
    refundAndWait(purchaseId, "java-basics", "60.00"); // the line is refunded in full: all 10.00
    assertBalances(learner, "5.00", "20.00");
  }

  // --- item 8: nothing the plugin does aborts the host's purchase ---------------------------

  @Test
  void overlongUserId_hostPurchaseCommits_pluginRecordsTheRefusal() throws Exception {
    String hostMark =
        hostWriteAndFire(
            purchase(
                UUID.randomUUID().toString(),
                "u".repeat(101),
                List.of(course("java-basics", "10.00", "0"))));
    assertHostWriteCommitted(hostMark);
  }

  @Test
  void overlongTitle_hostPurchaseCommits_pluginRecordsTheRefusal() throws Exception {
    String learner = learner();
    PurchaseItem longTitle =
        new PurchaseItem(
            ItemType.COURSE,
            "java-basics",
            "T".repeat(5000),
            null,
            "programming",
            "irene",
            new BigDecimal("10.00"),
            1,
            BigDecimal.ZERO,
            null);
    PurchaseCompleted event = purchase(UUID.randomUUID().toString(), learner, List.of(longTitle));
    assertHostWriteCommitted(hostWriteAndFire(event));
    String reason =
        database()
            .value(
                String.class,
                "SELECT reason FROM cb_refused_event WHERE event_id = ?",
                event.purchaseId());
    assertTrue(reason.contains("items[0].title"), reason);
    assertEquals(
        0,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ?",
                event.purchaseId()));
  }

  @Test
  void failingInboxStatement_hostPurchaseCommits_pluginRecordsTheRefusal() throws Exception {
    assumeTrue(isPostgres(), "a trigger that fails the insert is written for PostgreSQL");
    String learner = learner();
    PurchaseCompleted event =
        purchase(
            "forced-failure-" + UUID.randomUUID(),
            learner,
            List.of(course("java-basics", "10.00", "0")));
    database()
        .update(
            "CREATE OR REPLACE FUNCTION cb_test_fail_insert() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.purchase_id LIKE 'forced-failure-%' THEN"
                + " RAISE EXCEPTION 'forced failure of the inbox insert'; END IF;"
                + " RETURN NEW; END $$ LANGUAGE plpgsql");
    database()
        .update(
            "CREATE TRIGGER cb_test_fail_insert BEFORE INSERT ON cb_purchase_inbox"
                + " FOR EACH ROW EXECUTE FUNCTION cb_test_fail_insert()");
    try {
      assertHostWriteCommitted(hostWriteAndFire(event));
    } finally {
      database().update("DROP TRIGGER cb_test_fail_insert ON cb_purchase_inbox");
    }
    String reason =
        database()
            .value(
                String.class,
                "SELECT reason FROM cb_refused_event WHERE event_id = ?",
                event.purchaseId());
    assertTrue(reason.contains("could not be recorded"), reason);
  }

  @Test
  void purchaseFiredInATransactionThatRollsBack_leavesNothingBehind() throws Exception {
    String learner = learner();
    PurchaseCompleted event =
        purchase(
            "rolled-back-" + UUID.randomUUID(),
            learner,
            List.of(course("java-basics", "10.00", "0")));
    // The host's checkout fails after it told the plugin.
    host.rolledBack(() -> purchases.fire(event));
    assertNotInInbox(
        event, "the inbox row rolled back with the purchase, so nothing ever grants it");
  }

  @Test
  void purchaseFiredInATransactionMarkedForRollback_leavesNothingBehind() throws Exception {
    String learner = learner();
    PurchaseCompleted event =
        purchase(
            "doomed-" + UUID.randomUUID(), learner, List.of(course("java-basics", "10.00", "0")));
    host.rolledBack(
        () -> {
          transactions.setRollbackOnly(); // the host's checkout failed before it told the plugin
          purchases.fire(event);
        });
    assertNotInInbox(
        event, "a purchase that rolled back is not in the inbox, so nothing ever grants it");
  }

  // --- a host demarcating its own transactions ----------------------------------------------

  /**
   * A host that runs its checkout in a transaction of its own making (UserTransaction) calls the
   * plugin's wallet and fires its purchase while other checkouts go through the same plugin beans
   * inside the host's container-managed transactions. Payara's transactional interceptor keeps what
   * a caller may do with UserTransaction in a field of an interceptor that all threads share, so a
   * racing call could leave the host's thread refusing the host's own commit ("Operation not
   * allowed"). Every commit here must go through.
   */
  @Test
  void aHostsOwnUserTransaction_commits_whileOtherCheckoutsGoThroughThePlugin() throws Exception {
    String hostLearner = learner();
    List<String> others = List.of(learner(), learner());
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService otherCheckouts = Executors.newFixedThreadPool(others.size(), threads);
    List<Future<Integer>> running = new ArrayList<>();
    for (String other : others) {
      running.add(
          otherCheckouts.submit(
              () -> {
                int bought = 0;
                while (!stop.get()) {
                  checkout.buy(other, "java-basics", true);
                  bought++;
                }
                return bought;
              }));
    }
    List<String> refused = new ArrayList<>();
    int committed = 0;
    try {
      Thread.sleep(300); // the other checkouts are under way
      for (int i = 0; i < 300 && refused.isEmpty(); i++) {
        try {
          hostsOwnTransaction.begin();
          wallet.available(hostLearner, "USD");
          purchases.fire(
              purchase(
                  UUID.randomUUID().toString(), hostLearner, List.of(course("c", "10.00", "0"))));
          hostsOwnTransaction.commit();
          committed++;
        } catch (IllegalStateException e) {
          refused.add("after " + committed + " commits: " + e.getMessage());
        }
      }
    } finally {
      stop.set(true);
      otherCheckouts.shutdown();
    }
    int otherBought = 0;
    for (Future<Integer> other : running) {
      otherBought += other.get(60, TimeUnit.SECONDS);
    }
    assertEquals(List.of(), refused, "the host's own transaction was refused");
    assertEquals(300, committed);
    assertTrue(otherBought > 0, "other checkouts ran alongside");
  }

  // --- helpers ------------------------------------------------------------------------------

  private void assertNotInInbox(PurchaseCompleted event, String why) throws Exception {
    assertEquals(
        0,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ?", event.purchaseId()),
        why);
  }

  /**
   * Writes a row of the host's own and fires the purchase in one transaction, as a checkout does;
   * returns the host row's key. The commit must not throw, whatever the plugin made of the event.
   */
  @Test
  void progressEvents_overlongOrFailingToStore_hostWriteCommits() throws Exception {
    String overlong = "c".repeat(101);
    String hostMark = hostWriteAndFire(new CourseProgressed("lena", overlong, 50, Instant.now()));
    assertHostWriteCommitted(hostMark);
    String reason =
        database()
            .value(
                String.class,
                "SELECT reason FROM cb_refused_event WHERE kind = 'PROGRESS' AND event_id LIKE ?",
                "c".repeat(99) + "%");
    assertTrue(reason.contains("courseId"), reason);

    assumeTrue(isPostgres(), "a trigger that fails the insert is written for PostgreSQL");
    database()
        .update(
            "CREATE OR REPLACE FUNCTION cb_test_fail_progress() RETURNS trigger AS $$ BEGIN"
                + " RAISE EXCEPTION 'forced failure of the progress insert'; END $$"
                + " LANGUAGE plpgsql");
    database()
        .update(
            "CREATE TRIGGER cb_test_fail_progress BEFORE INSERT ON cb_course_progress"
                + " FOR EACH ROW EXECUTE FUNCTION cb_test_fail_progress()");
    try {
      assertHostWriteCommitted(
          hostWriteAndFire(new CourseProgressed("lena", "java-basics", 70, Instant.now())));
    } finally {
      database().update("DROP TRIGGER cb_test_fail_progress ON cb_course_progress");
    }
  }

  private String hostWriteAndFire(CourseProgressed event) throws Exception {
    String username = "host-row-" + UUID.randomUUID();
    host.inTransaction(
        () -> {
          lms.persist(
              new Account(username, username, username + "@example.com", Role.LEARNER, "-"));
          lms.flush();
          progress.fire(event);
        });
    return username;
  }

  private String hostWriteAndFire(PurchaseCompleted event) throws Exception {
    String username = "host-row-" + UUID.randomUUID();
    host.inTransaction(
        () -> {
          lms.persist(
              new Account(username, username, username + "@example.com", Role.LEARNER, "-"));
          lms.flush();
          purchases.fire(event);
        });
    return username;
  }

  private void assertHostWriteCommitted(String username) throws Exception {
    assertEquals(
        1,
        database().number("SELECT COUNT(*) FROM lms_account WHERE username = ?", username),
        "the host's own write in the purchase's transaction committed");
  }

  private boolean isPostgres() throws Exception {
    try (Connection c = db.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  private TestDatabase database() {
    return new TestDatabase(db);
  }

  private String learner() throws Exception {
    String username = "learner-" + UUID.randomUUID();
    host.inTransaction(
        () ->
            lms.persist(
                new Account(username, username, username + "@example.com", Role.LEARNER, "-")));
    RuleDraft draft = new RuleDraft();
    draft.setTitle("Safety 10 %");
    draft.setAmount(new BigDecimal("10"));
    draft.setAmountType(AmountType.PERCENTAGE);
    draft.setCurrency("USD");
    draft.setUserType(UserType.USERS);
    draft.setAudience(Set.of(username));
    draft.setPriority(10);
    ruleAdmin.create(draft, "admin");
    return username;
  }

  private static PurchaseItem course(String id, String price, String fromWallet) {
    return new PurchaseItem(
        ItemType.COURSE,
        id,
        id,
        null,
        "programming",
        "irene",
        new BigDecimal(price),
        1,
        BigDecimal.ZERO,
        new BigDecimal(fromWallet));
  }

  private static PurchaseCompleted purchase(
      String purchaseId, String learner, List<PurchaseItem> items) {
    return new PurchaseCompleted(
        purchaseId,
        new Buyer(learner, learner, learner + "@example.com", null, Set.of("learner")),
        items,
        "USD",
        Instant.now());
  }

  /** A checkout paying {@code spent} of the learner's cashback, the lines saying on which. */
  private void spendAndBuy(
      String learner, String purchaseId, String spent, List<PurchaseItem> items) throws Exception {
    host.inTransaction(
        () -> {
          wallets.spend(learner, Money.of(spent, "USD"), purchaseId);
          purchases.fire(purchase(purchaseId, learner, items));
        });
    awaitPurchase(purchaseId);
  }

  private String buy(String learner, List<PurchaseItem> items) throws Exception {
    return buy(UUID.randomUUID().toString(), learner, items);
  }

  private String buy(String purchaseId, String learner, List<PurchaseItem> items) throws Exception {
    host.inTransaction(() -> purchases.fire(purchase(purchaseId, learner, items)));
    awaitPurchase(purchaseId);
    return purchaseId;
  }

  private void awaitPurchase(String purchaseId) throws Exception {
    awaitNone(
        "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
        purchaseId);
  }

  private static PurchaseRefunded refund(
      String purchaseId, List<RefundedItem> items, String amount, String currency) {
    return new PurchaseRefunded(
        UUID.randomUUID().toString(),
        purchaseId,
        items,
        new BigDecimal(amount),
        currency,
        "Returned",
        Instant.now());
  }

  private void refundAndWait(String purchaseId, String target, String amount) throws Exception {
    PurchaseRefunded event =
        refund(
            purchaseId, List.of(new RefundedItem(target, new BigDecimal(amount))), amount, "USD");
    fireRefund(event);
    awaitRefundSettled(event.refundId());
  }

  private void fireRefund(PurchaseRefunded event) throws Exception {
    host.inTransaction(() -> refunds.fire(event));
  }

  private void awaitRefundSettled(String refundId) throws Exception {
    awaitNone(
        "SELECT COUNT(*) FROM cb_refund_inbox WHERE refund_id = ? AND processed_at IS NULL",
        refundId);
    assertEquals(
        0,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_refund_inbox WHERE refund_id = ? AND processed_at IS NULL",
                refundId),
        "refund " + refundId + " settled");
  }

  /** Confirms what is due, as the confirmation timer would; returns how many. */
  private int confirmAll() {
    int confirmed = 0;
    for (int batch; (batch = lifecycle.confirmDue(500)) > 0; ) {
      confirmed += batch;
    }
    return confirmed;
  }

  /** Waits (at most 30 s) until the query counts nothing. */
  private void awaitNone(String countSql, Object parameter) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (database().number(countSql, parameter) > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
  }

  private BigDecimal reversedOf(String purchaseId) throws Exception {
    return database()
        .value(
            BigDecimal.class,
            "SELECT SUM(reversed_amount) FROM cb_transaction WHERE purchase_id = ?",
            purchaseId)
        .setScale(2);
  }

  private void assertBalances(String learner, String pending, String available) {
    Wallets.Balances balances = wallets.balances(learner, "USD");
    assertEquals(
        0,
        new BigDecimal(pending).compareTo(balances.pending().amount()),
        "pending " + balances.pending());
    assertEquals(
        0,
        new BigDecimal(available).compareTo(balances.available().amount()),
        "available " + balances.available());
  }
}
