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
import dev.cashback.plugin.application.review.ReviewDecisions;
import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review queue against fraud, in the running platform on the configured database (PostgreSQL in
 * CI): the limits at their boundaries, sixteen purchases at once against a daily limit, a decision
 * taken once however many admins decide at once, a waiting cashback confirmed by nothing else, and
 * instructors earning nothing on their own courses. After each test the ledger check must find
 * nothing.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class ReviewIT {

  private static final int HOLD_DAYS = 14;

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin(
            "cashback.review.purchases-per-day=3",
            "cashback.review.cashback-per-day=USD 90.00",
            "cashback.review.threshold=USD 50.00")
        .addClasses(
            TestPersistence.class,
            ReviewIT.class,
            LedgerStaysSound.class,
            HostTransactions.class,
            TestDatabase.class);
  }

  @Inject Event<PurchaseCompleted> purchases;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject RuleAdministration ruleAdmin;
  @Inject CashbackLifecycle lifecycle;
  @Inject ReviewDecisions decisions;
  @Inject Wallets wallets;
  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackClock clock;
  @Inject EntityManager lms;
  @Inject HostTransactions host;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  @Test
  void purchasesPerDay_theThirdPasses_theFourthWaits() throws Exception {
    String learner = learnerWithRule();
    Instant at = Instant.now();
    for (int i = 1; i <= 3; i++) {
      assertEquals(
          null, reviewOf(buy(learner, "10.00", "course-" + i, "irene", at)), "purchase " + i);
    }
    String fourth = buy(learner, "10.00", "course-4", "irene", at);
    assertEquals("WAITING PURCHASES_PER_DAY", reviewOf(fourth));
  }

  @Test
  void cashbackPerDay_upToTheLimitPasses_beyondItWaits() throws Exception {
    String learner = learnerWithRule();
    Instant at = Instant.now();
    assertEquals(null, reviewOf(buy(learner, "450.00", "a", "irene", at)), "45.00 of 90.00");
    assertEquals(null, reviewOf(buy(learner, "450.00", "b", "irene", at)), "90.00 of 90.00");
    assertEquals("WAITING CASHBACK_PER_DAY", reviewOf(buy(learner, "450.00", "c", "irene", at)));
  }

  @Test
  void threshold_fromItsAmountOn() throws Exception {
    assertEquals(null, reviewOf(buy(learnerWithRule(), "499.90", "a", "irene", Instant.now())));
    assertEquals(
        "WAITING OVER_THRESHOLD",
        reviewOf(buy(learnerWithRule(), "500.00", "a", "irene", Instant.now())));
  }

  @Test
  void sixteenPurchasesAtOnce_onlyThreePassTheDailyLimit() throws Exception {
    String learner = learnerWithRule();
    Instant at = Instant.now();
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> buyers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String course = "course-" + i;
      buyers.add(
          () -> {
            start.await();
            return buy(learner, "10.00", course, "irene", at);
          });
    }
    List<Future<String>> running = new ArrayList<>();
    buyers.forEach(b -> running.add(executor.submit(b)));
    start.countDown();
    List<String> bought = new ArrayList<>();
    for (Future<String> done : running) {
      bought.add(done.get());
    }
    long passed = 0;
    for (String purchase : bought) {
      if (reviewOf(purchase) == null) {
        passed++;
      }
    }
    assertEquals(3, passed, "purchases not held for review");
    assertEquals(
        13,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_transaction WHERE user_id = ? AND review_state = 'WAITING'",
                learner));
  }

  @Test
  void aDecisionIsTakenOnce_howeverManyAdminsDecideAtOnce() throws Exception {
    String learner = learnerWithRule();
    CashbackTransaction held = transactionOf(buy(learner, "500.00", "a", "irene", Instant.now()));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> running = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      boolean approve = i % 2 == 0;
      String admin = "admin-" + i;
      running.add(
          executor.submit(
              () -> {
                start.await();
                if (approve) {
                  decisions.approve(held.getId(), admin);
                } else {
                  decisions.decline(held.getId(), "Looks like card testing", admin);
                }
                return null;
              }));
    }
    start.countDown();
    int decided = 0;
    int refused = 0;
    for (Future<Object> done : running) {
      try {
        done.get();
        decided++;
      } catch (ExecutionException e) {
        assertTrue(rootIs(e, ConflictException.class), String.valueOf(e.getCause()));
        refused++;
      }
    }
    assertEquals(1, decided, "one admin decides");
    assertEquals(7, refused, "the others are told it was decided");
    assertEquals(
        1,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_audit WHERE action IN ('REVIEW_APPROVED', 'REVIEW_DECLINED')"
                    + " AND subject = ?",
                "transaction:" + held.getId()));
  }

  @Test
  void waitingCashback_isConfirmedByNothingElse_andByTheHoldOnceApproved() throws Exception {
    String learner = learnerWithRule();
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    CashbackTransaction held = transactionOf(buy(learner, "500.00", "a", "irene", bought));
    at(bought.plus(HOLD_DAYS + 1, ChronoUnit.DAYS));
    assertEquals("PENDING", statusOf(held), "held past its hold");
    assertEquals(false, lifecycle.confirmNow(held.getId()), "no other confirmation either");
    decisions.approve(held.getId(), "admin");
    assertEquals("CONFIRMED", statusOf(held), "approved after its date: confirmed at once");
    assertAvailable(learner, "50.00");
  }

  @Test
  void approvedBeforeItsDate_isConfirmedAtItsDate() throws Exception {
    String learner = learnerWithRule();
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    CashbackTransaction held = transactionOf(buy(learner, "500.00", "a", "irene", bought));
    decisions.approve(held.getId(), "admin");
    assertEquals("PENDING", statusOf(held));
    at(bought.plus(HOLD_DAYS, ChronoUnit.DAYS));
    assertEquals("CONFIRMED", statusOf(held));
  }

  @Test
  void declined_isDeclinedWhole_andTheLearnerIsToldWhy() throws Exception {
    String learner = learnerWithRule();
    CashbackTransaction held = transactionOf(buy(learner, "500.00", "a", "irene", Instant.now()));
    decisions.decline(held.getId(), "Looks like card testing", "admin");
    assertEquals("DECLINED", statusOf(held));
    assertEquals("DECLINED", reviewStateOf(held));
    assertEquals(
        0, wallets.balances(learner, "USD").pending().amount().signum(), "nothing pending");
    assertEquals(
        1,
        database()
            .number(
                "SELECT COUNT(*) FROM cb_mail_outbox WHERE user_id = ? AND kind = 'cashbackDeclined'"
                    + " AND text_body LIKE '%card testing%'",
                learner));
  }

  @Test
  void refundedWhileWaiting_leavesTheQueue_andCannotBeDecided() throws Exception {
    String learner = learnerWithRule();
    String purchase = buy(learner, "500.00", "a", "irene", Instant.now());
    CashbackTransaction held = transactionOf(purchase);
    host.inTransaction(
        () ->
            refunds.fire(
                new PurchaseRefunded(
                    "refund-" + purchase,
                    purchase,
                    List.of(),
                    new BigDecimal("500.00"),
                    "USD",
                    "Changed their mind",
                    Instant.now())));
    database()
        .awaitNone(
            "SELECT COUNT(*) FROM cb_refund_inbox WHERE purchase_id = ? AND processed_at IS NULL",
            purchase);
    assertEquals("DECLINED", statusOf(held));
    List<CashbackTransaction> waiting = new ArrayList<>();
    host.inTransaction(() -> waiting.addAll(transactions.awaitingReview(0, 10_000)));
    assertTrue(
        waiting.stream().noneMatch(t -> t.getId().equals(held.getId())), "no longer in the queue");
    try {
      decisions.approve(held.getId(), "admin");
      throw new AssertionError("a refunded cashback was approved");
    } catch (ConflictException expected) {
      // decided by the refund
    }
  }

  @Test
  void instructorsBuyingTheirOwnCourse_earnNothingOnIt() throws Exception {
    String instructor = learnerWithRule();
    String purchaseId = UUID.randomUUID().toString();
    host.inTransaction(
        () ->
            purchases.fire(
                new PurchaseCompleted(
                    purchaseId,
                    buyer(instructor),
                    List.of(item("own", "40.00", instructor), item("other", "20.00", "irene")),
                    "USD",
                    Instant.now())));
    database()
        .awaitNone(
            "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
            purchaseId);
    List<CashbackTransaction> granted = new ArrayList<>();
    host.inTransaction(() -> granted.addAll(transactions.findByPurchase(purchaseId)));
    assertEquals(1, granted.size(), "only the other instructor's course earns");
    assertEquals("other", granted.get(0).getTargetId());
    assertEquals(0, new BigDecimal("2.00").compareTo(granted.get(0).getCashbackAmount()));
  }

  @Test
  void ownCourseLeftOutOfAWholeOrderCashback_isLeftOutOfItsRefundsToo() throws Exception {
    // Found by review: the order's cashback was computed without the buyer's own course, but a
    // refund of that course alone reversed all of it.
    String instructor = learnerWithRule(false);
    String purchaseId = UUID.randomUUID().toString();
    host.inTransaction(
        () ->
            purchases.fire(
                new PurchaseCompleted(
                    purchaseId,
                    buyer(instructor),
                    List.of(item("own", "100.00", instructor), item("other", "100.00", "irene")),
                    "USD",
                    Instant.now())));
    database()
        .awaitNone(
            "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
            purchaseId);
    CashbackTransaction order = transactionOf(purchaseId);
    assertEquals(0, new BigDecimal("10.00").compareTo(order.getCashbackAmount()), "10 % of 100.00");

    refund(
        purchaseId,
        "r1-" + purchaseId,
        List.of(new RefundedItem("own", new BigDecimal("100.00"))),
        "100.00");
    assertEquals(0, reversedOf(order).signum(), "own course refunded: nothing of the order's");
    refund(purchaseId, "r2-" + purchaseId, List.of(), "50.00");
    assertEquals(
        0,
        new BigDecimal("5.00").compareTo(reversedOf(order)),
        "50.00 more of the order refunded: it falls on the other course, half of it");
  }

  private BigDecimal reversedOf(CashbackTransaction tx) throws Exception {
    return database()
        .value(
            BigDecimal.class,
            "SELECT reversed_amount FROM cb_transaction WHERE id = ?",
            tx.getId());
  }

  private void refund(String purchaseId, String refundId, List<RefundedItem> items, String amount)
      throws Exception {
    host.inTransaction(
        () ->
            refunds.fire(
                new PurchaseRefunded(
                    refundId,
                    purchaseId,
                    items,
                    new BigDecimal(amount),
                    "USD",
                    "Refund",
                    Instant.now())));
    database()
        .awaitNone(
            "SELECT COUNT(*) FROM cb_refund_inbox WHERE refund_id = ? AND processed_at IS NULL",
            refundId);
  }

  private void at(Instant when) {
    clock.use(Clock.fixed(when, ZoneOffset.UTC));
    lifecycle.confirmDue(100_000);
  }

  /** A learner earning 10 % per item from a rule of their own, held 14 days. */
  private String learnerWithRule() throws Exception {
    return learnerWithRule(true);
  }

  /** The same, per item or on the whole order. */
  private String learnerWithRule(boolean perItem) throws Exception {
    String username = "review-" + UUID.randomUUID();
    host.inTransaction(
        () ->
            lms.persist(
                new Account(username, username, username + "@example.com", Role.LEARNER, "-")));
    RuleDraft draft = new RuleDraft();
    draft.setTitle("Review");
    draft.setAmount(new BigDecimal("10"));
    draft.setAmountType(AmountType.PERCENTAGE);
    draft.setCurrency("USD");
    draft.setUserType(UserType.USERS);
    draft.setAudience(Set.of(username));
    draft.setPriority(10);
    draft.setHoldDays(HOLD_DAYS);
    draft.setPerItem(perItem);
    ruleAdmin.create(draft, "admin");
    return username;
  }

  private static Buyer buyer(String learner) {
    return new Buyer(learner, learner, learner + "@example.com", null, Set.of("learner"));
  }

  private static PurchaseItem item(String course, String price, String instructor) {
    return new PurchaseItem(
        ItemType.COURSE,
        course,
        "Course " + course,
        null,
        "data",
        instructor,
        new BigDecimal(price),
        1,
        BigDecimal.ZERO,
        null);
  }

  private String buy(String learner, String price, String course, String instructor, Instant at)
      throws Exception {
    String purchaseId = UUID.randomUUID().toString();
    host.inTransaction(
        () ->
            purchases.fire(
                new PurchaseCompleted(
                    purchaseId,
                    buyer(learner),
                    List.of(item(course, price, instructor)),
                    "USD",
                    at)));
    database()
        .awaitNone(
            "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
            purchaseId);
    return purchaseId;
  }

  /** Read in a transaction: the plugin's persistence context is not for use outside one. */
  private CashbackTransaction transactionOf(String purchaseId) throws Exception {
    List<List<CashbackTransaction>> granted = new ArrayList<>();
    host.inTransaction(() -> granted.add(transactions.findByPurchase(purchaseId)));
    assertEquals(1, granted.get(0).size(), "one cashback on " + purchaseId);
    return granted.get(0).get(0);
  }

  /** "WAITING REASON" for the purchase's cashback, null when it was not sent to review. */
  private String reviewOf(String purchaseId) throws Exception {
    String state = column("review_state", "purchase_id", purchaseId);
    return state == null ? null : state + " " + column("review_reason", "purchase_id", purchaseId);
  }

  private String statusOf(CashbackTransaction tx) throws Exception {
    return column("status", "id", tx.getId());
  }

  private String reviewStateOf(CashbackTransaction tx) throws Exception {
    return column("review_state", "id", tx.getId());
  }

  private String column(String name, String key, Object value) throws Exception {
    return database()
        .value(
            String.class, "SELECT " + name + " FROM cb_transaction WHERE " + key + " = ?", value);
  }

  private void assertAvailable(String learner, String expected) {
    BigDecimal available = wallets.balances(learner, "USD").available().amount();
    assertEquals(0, new BigDecimal(expected).compareTo(available), "available " + available);
  }

  private TestDatabase database() {
    return new TestDatabase(db);
  }

  private static boolean rootIs(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
