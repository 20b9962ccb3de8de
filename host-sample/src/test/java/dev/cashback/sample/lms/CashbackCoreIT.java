package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.application.accrual.CashbackAccrual;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.accrual.CashbackSwitches;
import dev.cashback.plugin.application.event.EventOutbox;
import dev.cashback.plugin.application.intake.HostEvents;
import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.wallet.BalanceTooLowException;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.event.EventType;
import dev.cashback.plugin.domain.event.WebhookEndpoint;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.idempotency.IdempotencyKeys;
import dev.cashback.plugin.infrastructure.idempotency.RecordedAnswer;
import dev.cashback.plugin.infrastructure.intake.Inbox;
import dev.cashback.plugin.infrastructure.intake.InboxEventApplier;
import dev.cashback.plugin.infrastructure.intake.InboxWriter;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.model.Role;
import dev.cashback.sample.lms.service.Checkout;
import dev.cashback.sample.lms.service.Refunds;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cashback core inside the running platform, on the configured database (PostgreSQL in CI):
 * rules as admins write them, the pending → confirmed → declined/reversed lifecycle with a moved
 * clock, exactly-once intake under concurrency, caps and budgets under concurrency, and after every
 * test the ledger's invariants (entries sum to zero per currency, every balance equals its
 * entries). Each test works on learners of its own, so tests never see each other's money.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class CashbackCoreIT {

  private static final Duration HOLD = Duration.ofDays(14);

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin()
        .addClasses(
            TestPersistence.class,
            HostTransactions.class,
            CashbackCoreIT.class,
            LedgerStaysSound.class,
            TestDatabase.class);
  }

  @Inject Event<PurchaseCompleted> purchases;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject RuleAdministration ruleAdmin;
  @Inject CashbackLifecycle lifecycle;
  @Inject CashbackSwitches learnerSwitch;
  @Inject Wallets wallets;
  @Inject CashbackClock clock;
  @Inject IdempotencyKeys idempotencyKeys;
  @Inject Checkout checkout;
  @Inject Refunds hostRefunds;
  @Inject InboxWriter inbox;
  @Inject InboxEventApplier batches;
  @Inject CashbackAccrual accrual;
  @Inject EventOutbox events;

  @Inject HostTransactions host;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Inject EntityManager lms;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  @Test
  void anAcceptedPurchase_isLeftToTheAfterCommitGrant_beforeTheRetryTimerMayTakeIt()
      throws Exception {
    // Due at once, the timer could claim the row first and the checkout's own attempt would skip
    // it and return before the cashback exists (the receipt then shows none).
    PurchaseCompleted event =
        event(UUID.randomUUID().toString(), learner(), "10.00", Instant.now());
    host.rolledBack(
        () -> {
          assertTrue(inbox.accept(event));
          try (Connection c = db.getConnection();
              PreparedStatement s =
                  c.prepareStatement(
                      "SELECT received_at, next_attempt_at FROM cb_purchase_inbox"
                          + " WHERE purchase_id = ?")) {
            s.setString(1, event.purchaseId());
            try (ResultSet r = s.executeQuery()) {
              assertTrue(r.next());
              Duration untilTimer =
                  Duration.between(
                      r.getObject(1, OffsetDateTime.class), r.getObject(2, OffsetDateTime.class));
              assertTrue(
                  untilTimer.compareTo(Duration.ofSeconds(5)) >= 0,
                  "the timer waits at least the checkout's wait: " + untilTimer);
            }
          }
        });
  }

  // --- rules -------------------------------------------------------------------------------

  @Test
  void rule_invalidDraft_rejectedPerFieldAndNothingSaved() throws Exception {
    long before = count("SELECT COUNT(*) FROM cb_rule");
    RuleDraft draft = draft("Broken", "10", learner());
    draft.setTargetType(TargetType.COURSE);
    draft.setTargets(Set.of("no-such-course"));
    draft.setAmount(new BigDecimal("120"));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ruleAdmin.create(draft, "admin"));
    assertTrue(e.fieldErrors().containsKey("targets"), e.fieldErrors().toString());
    assertTrue(e.fieldErrors().containsKey("amount"), e.fieldErrors().toString());
    assertEquals(before, count("SELECT COUNT(*) FROM cb_rule"));
  }

  @Test
  void rule_editedAfterGranting_neverChangesWhatWasGranted_andIsAudited() throws Exception {
    String learner = learner();
    CashbackRule rule = ruleAdmin.create(draft("Edit me", "30", learner), "admin");
    String first = buy(learner, "100.00", Instant.now());
    assertEquals(new BigDecimal("30.00"), cashbackOf(first));

    RuleDraft change = rule.toDraft(ZoneOffset.UTC);
    change.setAmount(new BigDecimal("40"));
    ruleAdmin.update(rule.getId(), change, "admin");
    String second = buy(learner, "100.00", Instant.now());

    assertEquals(new BigDecimal("30.00"), cashbackOf(first), "granted cashback is a snapshot");
    assertEquals(new BigDecimal("40.00"), cashbackOf(second));
    assertEquals(
        2,
        count(
            "SELECT COUNT(DISTINCT rule_version) FROM cb_transaction WHERE user_id = ?", learner));
    assertEquals(
        2, count("SELECT COUNT(*) FROM cb_audit WHERE subject = ?", "rule:" + rule.getId()));
    assertThrows(
        InvalidInputException.class, () -> ruleAdmin.delete(rule.getId(), "cleanup", "admin"));
  }

  // --- lifecycle ---------------------------------------------------------------------------

  @Test
  void confirmation_happensExactlyAtTheEndOfTheHold() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Hold", "10", learner), "admin");
    Instant bought = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String purchase = buy(learner, "50.00", bought);
    assertEquals("PENDING", statusOf(purchase));

    confirmAt(bought.plus(HOLD).minusMillis(1));
    assertEquals("PENDING", statusOf(purchase), "hold - 1 ms");
    assertBalances(learner, "5.00", "0");

    confirmAt(bought.plus(HOLD));
    assertEquals("CONFIRMED", statusOf(purchase), "hold");
    assertBalances(learner, "0", "5.00");

    String later = buy(learner, "20.00", bought);
    confirmAt(bought.plus(HOLD).plusMillis(1));
    assertEquals("CONFIRMED", statusOf(later), "hold + 1 ms");
    assertBalances(learner, "0", "7.00");
  }

  @Test
  void refund_withinHold_declines_partialRefundsReverseProportionally() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Refundable", "10", learner), "admin");
    String full = buy(learner, "80.00", Instant.now());
    refund(full, "80.00");
    assertEquals("DECLINED", statusOf(full));

    String partial = buy(learner, "80.00", Instant.now());
    refund(partial, "20.00");
    assertEquals("PENDING", statusOf(partial));
    assertEquals(new BigDecimal("2.00"), reversedOf(partial), "a quarter of 8.00");
    refund(partial, "60.00");
    assertEquals("DECLINED", statusOf(partial));
    assertEquals(
        new BigDecimal("8.00"), reversedOf(partial), "a full refund reverses the grant exactly");
    assertBalances(learner, "0", "0");
  }

  @Test
  void refund_afterConfirmation_reverses_andMayTakeTheBalanceNegative() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Clawback", "10", learner), "admin");
    Instant bought = Instant.now();
    String purchase = buy(learner, "100.00", bought);
    confirmAt(bought.plus(HOLD));
    wallets.spend(learner, Money.of("10.00", "USD"), "checkout-1");
    assertBalances(learner, "0", "0");

    refund(purchase, "50.00");
    assertEquals("REVERSED", statusOf(purchase));
    assertBalances(learner, "0", "-5.00"); // the default clawback policy: negative

    // Future cashback nets the debt off.
    String next = buy(learner, "100.00", bought);
    confirmAt(bought.plus(HOLD));
    assertEquals("CONFIRMED", statusOf(next));
    assertBalances(learner, "0", "5.00");
  }

  @Test
  void adminRefund_partThenRest_neverMoreThanLeft_audited() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Admin refund", "10", learner), "admin");
    String purchase = buy(learner, "60.00", Instant.now());
    long id = transactionIdOf(purchase);
    lifecycle.refundByAdmin(id, Money.of("2.50", "USD"), "Goodwill correction", "admin");
    assertThrows(
        IllegalArgumentException.class,
        () -> lifecycle.refundByAdmin(id, Money.of("3.51", "USD"), "too much", "admin"));
    lifecycle.refundByAdmin(id, null, "The rest", "admin");
    assertEquals("DECLINED", statusOf(purchase));
    assertEquals(
        2,
        count("SELECT COUNT(*) FROM cb_reversal WHERE transaction_id = ? AND actor = 'admin'", id));
  }

  @Test
  void disabledLearner_earnsNothing_untilEnabledAgain() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Switch", "10", learner), "admin");
    learnerSwitch.disable(learner, "Abuse of refunds", "admin");
    String none = buy(learner, "30.00", Instant.now());
    assertEquals(0, count("SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ?", none));
    learnerSwitch.enable(learner, "Resolved", "admin");
    String some = buy(learner, "30.00", Instant.now());
    assertEquals(new BigDecimal("3.00"), cashbackOf(some));
    assertEquals(2, count("SELECT COUNT(*) FROM cb_audit WHERE subject = ?", "user:" + learner));
  }

  // --- concurrency --------------------------------------------------------------------------

  @Test
  void samePurchase_fiveTimesFromSixteenThreads_creditsOnce() throws Exception {
    String learner = learner();
    PurchaseCompleted event = event(UUID.randomUUID().toString(), learner, "90.00", Instant.now());
    concurrently(
        16,
        () -> {
          for (int i = 0; i < 5; i++) {
            fire(event);
          }
          return null;
        });
    assertEquals(
        1, count("SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ?", event.purchaseId()));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM cb_journal j JOIN cb_transaction t ON t.id = j.transaction_id"
                + " WHERE t.purchase_id = ? AND j.kind = 'ACCRUAL'",
            event.purchaseId()));
    assertBalances(learner, "9.00", "0");
  }

  @Test
  void idempotencyKey_runsOnceFromSixteenThreads_isScopedToItsCaller() throws Exception {
    String key = UUID.randomUUID().toString();
    AtomicInteger runs = new AtomicInteger();
    java.util.function.Supplier<RecordedAnswer> call =
        () -> {
          runs.incrementAndGet();
          return new RecordedAnswer(201, "{\"run\":" + runs.get() + "}", false);
        };
    List<String> answers =
        concurrently(
            16,
            () -> {
              try {
                return idempotencyKeys.once("alice", key, "same-request", call).body();
              } catch (ConflictException stillRunning) {
                return "in progress"; // H2 only: PostgreSQL makes the repeat wait instead
              }
            });
    assertEquals(1, runs.get());
    assertTrue(answers.stream().allMatch(a -> a.equals("{\"run\":1}") || a.equals("in progress")));
    assertEquals("{\"run\":1}", idempotencyKeys.once("alice", key, "same-request", call).body());
    assertTrue(idempotencyKeys.once("alice", key, "same-request", call).replayed());
    // Another caller's identical key is another call.
    assertEquals("{\"run\":2}", idempotencyKeys.once("bob", key, "same-request", call).body());
    assertThrows(
        ConflictException.class, () -> idempotencyKeys.once("alice", key, "another-request", call));
    assertEquals(2, runs.get());
  }

  @Test
  void sameRefund_fiveTimesFromSixteenThreads_reversesOnce() throws Exception {
    String learner = learner();
    String purchase = buy(learner, "40.00", Instant.now());
    PurchaseRefunded refund = refundEvent(purchase, "10.00");
    concurrently(
        16,
        () -> {
          for (int i = 0; i < 5; i++) {
            fireRefund(refund);
          }
          return null;
        });
    assertEquals(new BigDecimal("1.00"), reversedOf(purchase));
    assertBalances(learner, "3.00", "0");
  }

  @Test
  void hundredConcurrentPurchases_oneWallet_balanceEqualsItsEntries() throws Exception {
    String learner = learner();
    concurrently(
        100,
        () -> {
          buy(learner, "10.00", Instant.now());
          return null;
        });
    assertEquals(100, count("SELECT COUNT(*) FROM cb_transaction WHERE user_id = ?", learner));
    assertBalances(learner, "100.00", "0");
  }

  @Test
  void budget_underConcurrency_neverOverspent() throws Exception {
    String learner = learner();
    RuleDraft budgeted = draft("Budget", "50", learner);
    budgeted.setBudget(new BigDecimal("12.00"));
    CashbackRule rule = ruleAdmin.create(budgeted, "admin");
    concurrently(
        20,
        () -> {
          buy(learner, "2.00", Instant.now());
          return null;
        });
    assertEquals(
        0,
        new BigDecimal("12.00")
            .compareTo(
                sum(
                    "SELECT COALESCE(SUM(cashback_amount), 0) FROM cb_transaction WHERE rule_id = ?",
                    rule.getId())));

    // A spent budget stops the rule: the next purchase earns from the next best rule instead.
    String next = buy(learner, "2.00", Instant.now());
    assertEquals(new BigDecimal("0.20"), cashbackOf(next), "the demo rule's 10%");
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ? AND rule_id = ?",
            next,
            rule.getId()));
  }

  /**
   * A batch reads once for all its purchases what each grant needs (earlier grants, switched-off
   * learners, donation shares, the wallets, locked together): each purchase still gets what a grant
   * of its own would give it, a learner without a wallet yet gets one, and a purchase granted
   * before or named twice is granted once.
   */
  @Test
  void grantBatch_givesEachPurchaseWhatAGrantOfItsOwnWould() throws Exception {
    String fresh = learner();
    String disabled = learner();
    String donor = learner();
    String earner = learner();
    RuleDraft tenPercent = draft("Batch", "10", fresh);
    tenPercent.setAudience(Set.of(fresh, disabled, donor, earner));
    ruleAdmin.create(tenPercent, "admin");
    String before = buy(earner, "30.00", Instant.now());
    learnerSwitch.disable(disabled, "Abuse of refunds", "admin");
    donationShare(donor, 25);
    PurchaseCompleted first = event(UUID.randomUUID().toString(), fresh, "30.00", Instant.now());
    PurchaseCompleted second = event(UUID.randomUUID().toString(), fresh, "20.00", Instant.now());
    PurchaseCompleted none = event(UUID.randomUUID().toString(), disabled, "30.00", Instant.now());
    PurchaseCompleted donated = event(UUID.randomUUID().toString(), donor, "40.00", Instant.now());
    PurchaseCompleted more = event(UUID.randomUUID().toString(), earner, "50.00", Instant.now());
    List<String> ids = acceptHeldBack(List.of(more, donated, second, none, first));
    makeDue(ids);
    for (int round = 0; round < 50 && !batches.processBatch(100).isEmpty(); round++) {}

    assertEquals(new BigDecimal("3.00"), cashbackOf(first.purchaseId()));
    assertEquals(new BigDecimal("2.00"), cashbackOf(second.purchaseId()));
    assertBalances(fresh, "5.00", "0");
    assertEquals(0, count("SELECT COUNT(*) FROM cb_transaction WHERE user_id = ?", disabled));
    assertEquals(new BigDecimal("4.00"), cashbackOf(donated.purchaseId()));
    assertEquals(
        0,
        new BigDecimal("25")
            .compareTo(
                sum(
                    "SELECT donation_share FROM cb_transaction WHERE purchase_id = ?",
                    donated.purchaseId())));
    assertBalances(earner, "8.00", "0");
    for (String id : List.of(before, first.purchaseId(), second.purchaseId(), more.purchaseId())) {
      assertEquals(
          1,
          count(
              "SELECT COUNT(*) FROM cb_journal j JOIN cb_transaction t ON t.id = j.transaction_id"
                  + " WHERE t.purchase_id = ? AND j.kind = 'ACCRUAL'",
              id),
          id);
    }

    // Granted before, and named twice in one batch: what was recorded, nothing more.
    PurchaseCompleted again = event(UUID.randomUUID().toString(), fresh, "10.00", Instant.now());
    Map<String, List<dev.cashback.plugin.domain.accrual.CashbackTransaction>> granted =
        host.inTransaction(
            () ->
                accrual.accrueAll(
                    java.util.stream.Stream.of(first, again, again)
                        .map(HostEvents::toFacts)
                        .toList()));
    assertEquals(1, granted.get(first.purchaseId()).size());
    assertEquals(1, granted.get(again.purchaseId()).size());
    assertEquals(new BigDecimal("3.00"), cashbackOf(first.purchaseId()));
    assertEquals(new BigDecimal("1.00"), cashbackOf(again.purchaseId()));
    assertBalances(fresh, "6.00", "0");

    // One e-mail per credited purchase, to its learner, telling of its own cashback.
    for (PurchaseCompleted credited : List.of(first, second, donated, more, again)) {
      assertEquals(
          1,
          count(
              "SELECT COUNT(*) FROM cb_mail_outbox WHERE dedup_key = ? AND user_id = ?"
                  + " AND kind = 'cashbackPending'",
              "pending:" + credited.purchaseId(),
              credited.buyer().userId()),
          credited.purchaseId());
    }
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM cb_mail_outbox WHERE user_id = ? AND kind = 'cashbackPending'",
            disabled));
    assertTrue(
        new TestDatabase(db)
            .value(
                String.class,
                "SELECT text_body FROM cb_mail_outbox WHERE dedup_key = ?",
                "pending:" + more.purchaseId())
            .contains("5.00"),
        "the e-mail of the purchase of 50.00 tells of its 5.00");
  }

  /**
   * Generated input for the grant batches: two mirrored sets of learners (the same switches and
   * donation shares), the same generated purchases for each, granted in random batches (with
   * purchases named twice) for one set and one by one for the other. Every purchase must earn what
   * its mirror earned, with the same donation, status and e-mail, and every wallet hold what its
   * mirror holds. A per-order maximum, a monthly cap and a minimum purchase make the order of a
   * learner's purchases matter. Replay with {@code -Dbatch.seed=<seed>}.
   */
  @Test
  void generatedGrantBatches_grantWhatGrantingEachPurchaseOnItsOwnGrants() throws Exception {
    long seed = Long.getLong("batch.seed", System.nanoTime());
    java.util.Random random = new java.util.Random(seed);
    String replay = "seed " + seed + " (replay: -Dbatch.seed=" + seed + ")";
    int pairs = 6;
    List<String> batched = learners(pairs);
    List<String> single = learners(pairs);
    List<String> everyone = new ArrayList<>(batched);
    everyone.addAll(single);
    RuleDraft capped = draft("Mirrored", String.valueOf(5 + 5 * random.nextInt(3)), batched.get(0));
    capped.setAudience(Set.copyOf(everyone));
    capped.setMaxPerOrder(new BigDecimal("4.00"));
    capped.setMonthlyCapPerUser(new BigDecimal("15.00"));
    capped.setMinimumPurchase(new BigDecimal("5.00"));
    ruleAdmin.create(capped, "admin");
    for (int i = 0; i < pairs; i++) {
      if (random.nextInt(5) == 0) {
        learnerSwitch.disable(batched.get(i), "Generated", "admin");
        learnerSwitch.disable(single.get(i), "Generated", "admin");
      }
      int share = List.of(0, 0, 25, 50).get(random.nextInt(4));
      if (share > 0) {
        donationShare(batched.get(i), share);
        donationShare(single.get(i), share);
      }
    }
    int purchases = 40;
    List<PurchaseCompleted> batchedPurchases = new ArrayList<>();
    List<PurchaseCompleted> singlePurchases = new ArrayList<>();
    Instant at = Instant.now();
    for (int n = 0; n < purchases; n++) {
      int pair = random.nextInt(pairs);
      String price = BigDecimal.valueOf(100 + random.nextInt(9900), 2).toPlainString();
      batchedPurchases.add(event("b" + n + "-" + UUID.randomUUID(), batched.get(pair), price, at));
      singlePurchases.add(event("s" + n + "-" + UUID.randomUUID(), single.get(pair), price, at));
    }

    for (int from = 0; from < purchases; ) {
      int to = Math.min(purchases, from + 1 + random.nextInt(12));
      List<PurchaseCompleted> batch = new ArrayList<>(batchedPurchases.subList(from, to));
      if (random.nextInt(3) == 0) {
        batch.add(batch.get(random.nextInt(batch.size()))); // named twice in one batch
      }
      if (from > 0 && random.nextInt(3) == 0) {
        batch.add(batchedPurchases.get(random.nextInt(from))); // granted in an earlier batch
      }
      host.inTransaction(() -> accrual.accrueAll(batch.stream().map(HostEvents::toFacts).toList()));
      from = to;
    }
    for (PurchaseCompleted purchase : singlePurchases) {
      host.inTransaction(() -> accrual.accrue(HostEvents.toFacts(purchase)));
    }

    for (int n = 0; n < purchases; n++) {
      String b = batchedPurchases.get(n).purchaseId();
      String s = singlePurchases.get(n).purchaseId();
      String what = "purchase " + n + ", " + replay + ": ";
      assertEquals(
          grantOf(s), grantOf(b), what + "cashback, donation share and status of each line");
      assertEquals(
          count("SELECT COUNT(*) FROM cb_mail_outbox WHERE dedup_key = ?", "pending:" + s),
          count("SELECT COUNT(*) FROM cb_mail_outbox WHERE dedup_key = ?", "pending:" + b),
          what + "its e-mail");
      String journals =
          "SELECT COUNT(*) FROM cb_journal j JOIN cb_transaction t ON t.id = j.transaction_id"
              + " WHERE t.purchase_id = ?";
      assertEquals(count(journals, s), count(journals, b), what + "its journals");
    }
    for (int i = 0; i < pairs; i++) {
      Wallets.Balances expected = wallets.balances(single.get(i), "USD");
      Wallets.Balances actual = wallets.balances(batched.get(i), "USD");
      assertEquals(
          0,
          expected.pending().amount().compareTo(actual.pending().amount()),
          "learner " + i + "'s pending cashback, " + replay);
    }
  }

  private void donationShare(String learner, int percent) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement share =
            c.prepareStatement(
                "INSERT INTO cb_donation_choice (user_id, share_percent, updated_at)"
                    + " VALUES (?, ?, CURRENT_TIMESTAMP)")) {
      share.setString(1, learner);
      share.setInt(2, percent);
      share.executeUpdate();
    }
  }

  /** Each line's cashback, donation share and status, in line order. */
  private List<String> grantOf(String purchaseId) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT line_no, cashback_amount, donation_share, status FROM cb_transaction"
                    + " WHERE purchase_id = ? ORDER BY line_no, id")) {
      s.setString(1, purchaseId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(
              rs.getInt(1)
                  + ": "
                  + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()
                  + " donating "
                  + (rs.getBigDecimal(3) == null
                      ? "none"
                      : rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
                  + " "
                  + rs.getString(4));
        }
      }
    }
    return lines;
  }

  /**
   * The webhook endpoints are read once per transaction; one that adds or removes an endpoint and
   * then publishes must see the change (an event for the new endpoint, none for the removed one,
   * whose delivery would also break the commit on the foreign key).
   */
  @Test
  void endpointsChangedInATransaction_areWhatItsLaterEventsGoTo() throws Exception {
    String subject = "test/" + UUID.randomUUID();
    jakarta.json.JsonObject data = jakarta.json.Json.createObjectBuilder().build();
    WebhookEndpoint kept = endpoint("Kept");
    WebhookEndpoint dropped = endpoint("Dropped");
    host.inTransaction(
        () -> {
          events.publish(EventType.TRANSACTION_GRANTED, subject + "/first", data);
          events.add(kept);
          events.publish(EventType.TRANSACTION_GRANTED, subject + "/added", data);
          events.add(dropped);
          events.remove(events.endpoint(dropped.getId()).orElseThrow());
          events.publish(EventType.TRANSACTION_GRANTED, subject + "/removed", data);
        });
    try {
      for (String published : List.of("/added", "/removed")) {
        assertEquals(
            1,
            count(
                "SELECT COUNT(*) FROM cb_event_delivery d JOIN cb_event e ON e.id = d.event_id"
                    + " WHERE e.subject = ? AND d.endpoint_id = ?",
                subject + published,
                kept.getId()),
            published);
      }
      assertEquals(
          0,
          count("SELECT COUNT(*) FROM cb_event_delivery WHERE endpoint_id = ?", dropped.getId()));
    } finally {
      host.inTransaction(() -> events.remove(events.endpoint(kept.getId()).orElseThrow()));
    }
  }

  private WebhookEndpoint endpoint(String description) {
    return new WebhookEndpoint(
        "https://receiver.example/hook",
        description,
        Set.of(EventType.TRANSACTION_GRANTED),
        true,
        "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
        java.time.OffsetDateTime.now());
  }

  @Test
  void grantBatches_overTwoBudgetedRulesInEveryOrder_neverDeadlock() throws Exception {
    // Each batch takes its learners in user order; purchases of one course or the other hit one
    // of two budgeted rules, so batches meet the two rule rows in different orders.
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    List<String> learners = learners(32);
    List<Long> rules =
        List.of(budgetedRule("typography", learners), budgetedRule("negotiation", learners));
    List<String> purchaseIds =
        acceptHeldBack(
            learners.stream()
                .map(l -> purchaseOf(l, random.nextBoolean() ? "typography" : "negotiation"))
                .toList());
    makeDue(purchaseIds);

    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    concurrently(
        8,
        () -> {
          drainInBatches(failures);
          return null;
        });

    assertEquals(List.of(), failures, "batches failed (seed " + seed + ")");
    assertEachGrantedOnce(purchaseIds, rules);
  }

  @Test
  void grantBatches_racingRefundsOfTheSameLearners_neverDeadlock() throws Exception {
    // A refund gives reversed cashback back to the rule's budget while it holds the learner's
    // wallet; a batch granting that learner's next purchase takes the same two rows.
    List<String> learners = learners(16);
    long rule = budgetedRule("typography", learners);
    List<String> first =
        acceptHeldBack(learners.stream().map(l -> purchaseOf(l, "typography")).toList());
    makeDue(first);
    List<String> firstFailures = new ArrayList<>();
    concurrently( // a thread of its own: this one keeps its own transactions
        1,
        () -> {
          drainInBatches(firstFailures);
          return null;
        });
    assertEquals(List.of(), firstFailures);
    assertEachGrantedOnce(first, List.of(rule));

    List<String> refundIds = new ArrayList<>();
    host.inTransaction(
        () -> {
          for (String purchase : first) {
            PurchaseRefunded refund =
                new PurchaseRefunded(
                    UUID.randomUUID().toString(),
                    purchase,
                    List.of(),
                    new BigDecimal("10.00"),
                    "USD",
                    "Returned",
                    Instant.now());
            inbox.accept(refund);
            refundIds.add(refund.refundId());
          }
        });
    List<String> second =
        acceptHeldBack(learners.stream().map(l -> purchaseOf(l, "typography")).toList());
    makeDue(second);

    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.Queue<String> refundsLeft =
        new java.util.concurrent.ConcurrentLinkedQueue<>(refundIds);
    AtomicInteger worker = new AtomicInteger();
    concurrently(
        8,
        () -> {
          if (worker.getAndIncrement() % 2 == 0) {
            drainInBatches(failures);
            return null;
          }
          for (String refund = refundsLeft.poll(); refund != null; refund = refundsLeft.poll()) {
            try {
              batches.process(Inbox.REFUNDS, refund);
            } catch (RuntimeException e) {
              failures.add(rootCause(e));
            }
          }
          return null;
        });

    assertEquals(List.of(), failures, "grants or refunds failed");
    for (String refund : refundIds) {
      awaitNone(
          "SELECT COUNT(*) FROM cb_refund_inbox WHERE refund_id = ? AND processed_at IS NULL",
          refund);
    }
    for (String purchase : first) {
      assertEquals(new BigDecimal("3.00"), reversedOf(purchase), "refunded " + purchase);
    }
    assertEachGrantedOnce(second, List.of());
    assertEquals(
        0,
        new BigDecimal("48.00")
            .compareTo(
                sum(
                    "SELECT COALESCE(SUM(granted), 0) FROM cb_rule_budget_use WHERE rule_id = ?",
                    rule)),
        "the budget holds the second purchases' cashback only");
  }

  @Test
  void monthlyCap_countsPendingCashback() throws Exception {
    String learner = learner();
    RuleDraft capped = draft("Capped", "10", learner);
    capped.setMonthlyCapPerUser(new BigDecimal("15.00"));
    ruleAdmin.create(capped, "admin");
    Instant now = Instant.now();
    concurrently(
        8,
        () -> {
          buy(learner, "50.00", now);
          return null;
        });
    BigDecimal granted =
        sum(
            "SELECT COALESCE(SUM(cashback_amount), 0) FROM cb_transaction WHERE user_id = ?",
            learner);
    assertEquals(0, new BigDecimal("15.00").compareTo(granted), "capped at 15.00, got " + granted);
  }

  @Test
  void confirmRacingRefund_endsInOneConsistentOutcome() throws Exception {
    for (int round = 0; round < 10; round++) {
      String learner = learner();
      Instant bought = Instant.now();
      String purchase = buy(learner, "30.00", bought);
      clock.use(Clock.fixed(bought.plus(HOLD), ZoneOffset.UTC));
      PurchaseRefunded refund = refundEvent(purchase, "30.00");
      CountDownLatch start = new CountDownLatch(1);
      Future<?> confirm =
          executor.submit(
              () -> {
                start.await();
                return lifecycle.confirmDue(10_000);
              });
      Future<?> reverse =
          executor.submit(
              () -> {
                start.await();
                fireRefund(refund);
                return null;
              });
      start.countDown();
      confirm.get();
      reverse.get();
      String status = statusOf(purchase);
      assertTrue(status.equals("DECLINED") || status.equals("REVERSED"), status);
      assertEquals(new BigDecimal("3.00"), reversedOf(purchase));
      assertBalances(learner, "0", "0");
    }
  }

  @Test
  void spending_neverTakesAvailableBelowZero() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Spend", "10", learner), "admin");
    Instant bought = Instant.now();
    buy(learner, "100.00", bought);
    confirmAt(bought.plus(HOLD));
    List<Boolean> outcomes =
        concurrently(
            16,
            () -> {
              try {
                wallets.spend(learner, Money.of("3.00", "USD"), UUID.randomUUID().toString());
                return true;
              } catch (BalanceTooLowException e) {
                return false;
              }
            });
    assertEquals(
        3, outcomes.stream().filter(ok -> ok).count(), "floor(10.00 / 3.00) spends succeed");
    assertBalances(learner, "0", "1.00");
  }

  @Test
  void checkout_sixteenConcurrentCashbackPayments_neverOverdraw() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Checkout", "10", learner), "admin");
    Instant bought = Instant.now();
    buy(learner, "1000.00", bought);
    confirmAt(bought.plus(HOLD));
    assertBalances(learner, "0", "100.00");

    // Sixteen, half the sample's pool: a checkout paying with cashback holds two pooled
    // connections until its commit (the host's persistence unit and the plugin's, which the runtime
    // does not share), and every checkout waiting for the learner's wallet already holds one. With
    // as many checkouts as connections the one holding the wallet waits for a connection that none
    // of them gives back (README, "Installing the plugin in a host": the pool's size).
    List<Purchase> made =
        concurrently(16, () -> checkout.buy(learner, "java-basics", true)); // 49.00 each
    List<BigDecimal> paidWithCashback =
        made.stream().map(Purchase::getPaidWithCashback).sorted().toList();
    assertEquals(
        2,
        paidWithCashback.stream().filter(p -> p.compareTo(new BigDecimal("49.00")) == 0).count(),
        "floor(100.00 / 49.00) purchases paid wholly with cashback");
    assertEquals(
        0,
        new BigDecimal("100.00")
            .compareTo(paidWithCashback.stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
        "every cent spent once: " + paidWithCashback);
    awaitInboxDrained(learner);
    assertEquals(
        0,
        wallets.balances(learner, "USD").available().amount().signum(),
        "nothing left, never less");
  }

  @Test
  void cashbackPaidPart_earnsNothing_andARefundReturnsItToTheWallet() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Partly cashback", "10", learner), "admin");
    Instant bought = Instant.now();
    buy(learner, "200.00", bought);
    confirmAt(bought.plus(HOLD));
    assertBalances(learner, "0", "20.00");

    Purchase purchase = checkout.buy(learner, "java-basics", true); // 49.00: 20.00 + 29.00
    assertEquals(0, new BigDecimal("20.00").compareTo(purchase.getPaidWithCashback()));
    awaitInboxDrained(learner);
    assertEquals(new BigDecimal("2.90"), cashbackOf(purchase.getId()), "10% of the 29.00 paid");
    assertBalances(learner, "2.90", "0");

    hostRefunds.refund(purchase.getId(), "Changed my mind", "admin");
    awaitNone(
        "SELECT COUNT(*) FROM cb_refund_inbox WHERE purchase_id = ? AND processed_at IS NULL",
        purchase.getId());
    assertBalances(learner, "0", "20.00");
    assertEquals(new BigDecimal("2.90"), reversedOf(purchase.getId()));
  }

  @Test
  void itemisedRefund_returnsOnlyWhatWasSpentOnTheRefundedItems() throws Exception {
    String learner = learner();
    ruleAdmin.create(draft("Itemised", "10", learner), "admin");
    Instant bought = Instant.now();
    buy(learner, "200.00", bought);
    confirmAt(bought.plus(HOLD));
    assertBalances(learner, "0", "20.00");

    // Two courses: one paid in money (100.00), one partly with the 20.00 of cashback (50.00).
    String purchaseId = UUID.randomUUID().toString();
    host.inTransaction(
        () -> {
          wallets.spend(learner, Money.of("20.00", "USD"), purchaseId);
          purchases.fire(
              new PurchaseCompleted(
                  purchaseId,
                  new Buyer(learner, learner, learner + "@example.com", null, Set.of("learner")),
                  List.of(
                      course("java-basics", "100.00", "0"),
                      course("color-theory", "50.00", "20.00")),
                  "USD",
                  Instant.now()));
        });
    awaitInboxDrained(learner);
    assertEquals(0, wallets.balances(learner, "USD").available().amount().signum());

    String first = refundItem(purchaseId, "java-basics", "100.00");
    assertEquals(
        0,
        wallets.balances(learner, "USD").available().amount().signum(),
        "the money-paid course gives back no cashback: " + first);
    refundItem(purchaseId, "color-theory", "30.00");
    assertEquals(
        0,
        new BigDecimal("20.00").compareTo(wallets.balances(learner, "USD").available().amount()),
        "the cashback spent on the second course is back");
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

  /** Refunds one item of the purchase and waits until the plugin has applied it. */
  private String refundItem(String purchaseId, String item, String amount) throws Exception {
    PurchaseRefunded event =
        new PurchaseRefunded(
            UUID.randomUUID().toString(),
            purchaseId,
            List.of(new RefundedItem(item, new BigDecimal(amount))),
            new BigDecimal(amount),
            "USD",
            "Returned",
            Instant.now());
    fireRefund(event);
    awaitNone(
        "SELECT COUNT(*) FROM cb_refund_inbox WHERE refund_id = ? AND processed_at IS NULL",
        event.refundId());
    return event.refundId();
  }

  // --- helpers ------------------------------------------------------------------------------

  private List<String> learners(int count) throws Exception {
    List<String> learners = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      learners.add(learner());
    }
    return learners;
  }

  /** A 30% rule on one course for these learners, with a budget far from being spent. */
  private long budgetedRule(String course, List<String> learners) {
    RuleDraft budgeted = draft("Budget " + course, "30", learners.get(0));
    budgeted.setAudience(Set.copyOf(learners));
    budgeted.setTargetType(TargetType.COURSE);
    budgeted.setTargets(Set.of(course));
    budgeted.setBudget(new BigDecimal("100000.00"));
    return ruleAdmin.create(budgeted, "admin").getId();
  }

  private static PurchaseCompleted purchaseOf(String learner, String course) {
    return new PurchaseCompleted(
        UUID.randomUUID().toString(),
        new Buyer(learner, learner, learner + "@example.com", null, Set.of("learner")),
        List.of(course(course, "10.00", "0")),
        "USD",
        Instant.now());
  }

  /** Accepts the purchases, due only in an hour (see {@link #makeDue}); returns their ids. */
  private List<String> acceptHeldBack(List<PurchaseCompleted> events) throws Exception {
    host.inTransaction(
        () -> {
          for (PurchaseCompleted event : events) {
            inbox.accept(event, Duration.ofHours(1));
          }
        });
    return events.stream().map(PurchaseCompleted::purchaseId).toList();
  }

  /** Makes the held-back purchases due at once, all together. */
  private void makeDue(List<String> purchaseIds) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement due =
            c.prepareStatement(
                "UPDATE cb_purchase_inbox SET next_attempt_at = received_at WHERE purchase_id = ?")) {
      for (String id : purchaseIds) {
        due.setString(1, id);
        due.executeUpdate();
      }
    }
  }

  /** Grants due purchases in batches of four until none is left, noting each failed batch. */
  private void drainInBatches(List<String> failures) {
    for (int round = 0; round < 50; round++) {
      try {
        if (batches.processBatch(4).isEmpty()) {
          return;
        }
      } catch (RuntimeException e) {
        failures.add(rootCause(e));
      }
    }
  }

  /** Each purchase earned its 30% once, and each rule's budget counts what it granted. */
  private void assertEachGrantedOnce(List<String> purchaseIds, List<Long> rules) throws Exception {
    for (String id : purchaseIds) {
      // The retry timer may hold a few of them at the end: its grant commits a moment later.
      awaitNone(
          "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
          id);
      assertEquals(new BigDecimal("3.00"), cashbackOf(id), "purchase " + id);
    }
    for (long rule : rules) {
      assertEquals(
          0,
          sum("SELECT COALESCE(SUM(granted), 0) FROM cb_rule_budget_use WHERE rule_id = ?", rule)
              .compareTo(
                  sum(
                      "SELECT COALESCE(SUM(cashback_amount), 0) FROM cb_transaction"
                          + " WHERE rule_id = ?",
                      rule)),
          "rule " + rule + "'s budget counts what it granted");
    }
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root);
  }

  /** A learner of the platform's own, so rules may name them; each test makes its own. */
  private String learner() throws Exception {
    String username = "learner-" + UUID.randomUUID();
    host.inTransaction(
        () ->
            lms.persist(
                new Account(username, username, username + "@example.com", Role.LEARNER, "-")));
    return username;
  }

  /** A percentage rule only this learner earns from, so it never touches other tests. */
  private static RuleDraft draft(String title, String percent, String learner) {
    RuleDraft draft = new RuleDraft();
    draft.setTitle(title);
    draft.setAmount(new BigDecimal(percent));
    draft.setAmountType(AmountType.PERCENTAGE);
    draft.setCurrency("USD");
    draft.setUserType(UserType.USERS);
    draft.setAudience(Set.of(learner));
    draft.setPriority(10);
    return draft;
  }

  private String buy(String learner, String price, Instant at) throws Exception {
    PurchaseCompleted event = event(UUID.randomUUID().toString(), learner, price, at);
    fire(event);
    return event.purchaseId();
  }

  private static PurchaseCompleted event(
      String purchaseId, String learner, String price, Instant at) {
    return new PurchaseCompleted(
        purchaseId,
        new Buyer(learner, learner, learner + "@example.com", null, Set.of("learner")),
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
        "USD",
        at);
  }

  private void refund(String purchaseId, String amount) throws Exception {
    fireRefund(refundEvent(purchaseId, amount));
  }

  private static PurchaseRefunded refundEvent(String purchaseId, String amount) {
    return new PurchaseRefunded(
        UUID.randomUUID().toString(),
        purchaseId,
        List.of(new RefundedItem("java-basics", new BigDecimal(amount))),
        new BigDecimal(amount),
        "USD",
        "Customer asked",
        Instant.now());
  }

  /**
   * Fires the purchase in a transaction of the test's own and waits until the plugin has processed
   * it: at once after the commit as a rule, or by the retry timer when the first attempt lost a
   * race (exactly once either way, not always within the checkout's wait).
   */
  private void fire(PurchaseCompleted event) throws Exception {
    host.inTransaction(() -> purchases.fire(event));
    awaitNone(
        "SELECT COUNT(*) FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL",
        event.purchaseId());
  }

  /** Waits (at most 30 s) until the query counts nothing. */
  private void awaitNone(String countSql, Object parameter) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (countInItsOwnTransaction(countSql, parameter) > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
  }

  /**
   * A poll that gives its connection back: outside a transaction, Open Liberty keeps a connection
   * with its thread until the task ends, and 50 polling tasks would hold every connection the
   * grants they wait for need.
   */
  private long countInItsOwnTransaction(String countSql, Object parameter) throws Exception {
    return host.inTransaction(() -> count(countSql, parameter));
  }

  private void fireRefund(PurchaseRefunded event) throws Exception {
    host.inTransaction(() -> refunds.fire(event));
  }

  private void confirmAt(Instant when) {
    clock.use(Clock.fixed(when, ZoneOffset.UTC));
    lifecycle.confirmDue(100_000);
  }

  /**
   * Runs {@code work} on that many container threads at once (a pool of its own, so the plugin's
   * after-commit processing never waits behind the test's own tasks).
   */
  private <T> List<T> concurrently(int count, Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count, threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Waits (at most a minute) until every purchase of the learner is processed. Under contention a
   * grant may lose a lock wait and be retried by the inbox timer: exactly once, but not at once.
   */
  private void awaitInboxDrained(String learner) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (count(
                "SELECT COUNT(*) FROM cb_purchase_inbox WHERE user_id = ? AND processed_at IS NULL",
                learner)
            > 0
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
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

  private BigDecimal cashbackOf(String purchaseId) throws Exception {
    return sum("SELECT SUM(cashback_amount) FROM cb_transaction WHERE purchase_id = ?", purchaseId)
        .setScale(2);
  }

  private BigDecimal reversedOf(String purchaseId) throws Exception {
    return sum("SELECT SUM(reversed_amount) FROM cb_transaction WHERE purchase_id = ?", purchaseId)
        .setScale(2);
  }

  private long transactionIdOf(String purchaseId) throws Exception {
    return count("SELECT MIN(id) FROM cb_transaction WHERE purchase_id = ?", purchaseId);
  }

  private String statusOf(String purchaseId) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT status FROM cb_transaction WHERE purchase_id = ?")) {
      s.setString(1, purchaseId);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), "no cashback for " + purchaseId);
        return rs.getString(1);
      }
    }
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
        rs.next();
        return rs.getBigDecimal(1);
      }
    }
  }
}
