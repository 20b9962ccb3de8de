package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.CashbackClicks;
import dev.cashback.plugin.api.CashbackReferrals;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.ReferralRefusal;
import dev.cashback.plugin.api.ReferralSignup;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.api.ShopClick;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.network.NetworkConversions;
import dev.cashback.plugin.application.referral.ReferralRewards;
import dev.cashback.plugin.domain.network.Postback;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.service.Checkout;
import dev.cashback.sample.lms.signup.SignUp;
import dev.cashback.sample.lms.signup.SignupProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
 * Sign-up with a referral code and the referral bonuses, inside the running platform on the
 * configured database (PostgreSQL in CI): self-referral refused with nothing kept, the bonuses
 * granted once when the referee's confirmed purchases reach the qualifying amount (50.00 USD within
 * 30 days by default; joining 5.00, referral 10.00), also when settled from many threads, and never
 * after the qualifying days.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class ReferralsIT {

  private static final AtomicInteger NEXT_IP = new AtomicInteger((int) (Math.random() * 60000));

  @Deployment
  static WebArchive deployment() {
    // The programme also runs in yen: 5000 JPY to reach, 500 JPY and 1000 JPY of bonuses.
    return Deployments.hostWithPlugin("cashback.referral.other-currencies=JPY 5000/500/1000")
        .addClasses(
            TestPersistence.class,
            ReferralsIT.class,
            TestDatabase.class,
            LedgerStaysSound.class,
            HostTransactions.class);
  }

  @Inject SignUp signUp;
  @Inject CashbackReferrals referrals;
  @Inject ReferralRewards rewards;
  @Inject CashbackClicks clicks;
  @Inject NetworkConversions conversions;
  @Inject CashbackLifecycle lifecycle;
  @Inject CashbackClock clock;
  @Inject Checkout checkout;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject Event<PurchaseCompleted> purchases;
  @Inject HostTransactions host;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Inject EntityManager lms;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  @Test
  void selfReferral_isRefused_andNothingIsKept() throws Exception {
    String referrerIp = ip();
    String referrer = signUp(email(), null, referrerIp, device()).getUsername();
    String code = referrers(referrer);

    assertRefused(email(), "NOPE0000", ip(), device(), ReferralRefusal.UNKNOWN_CODE);
    // The owner's own mailbox under another spelling.
    String local = referrer.substring(0, referrer.indexOf('@'));
    assertRefused(
        local.toUpperCase() + "+again@example.com", code, ip(), device(), ReferralRefusal.OWN_CODE);
    // From the address the owner signed up from.
    assertRefused(email(), code, referrerIp, device(), ReferralRefusal.SAME_DEVICE);

    String sharedDevice = device();
    Account first = signUp(email(), code, ip(), sharedDevice);
    assertEquals(referrer, referrerOf(first.getUsername()));
    // A second account from the first referee's browser, with the same code.
    assertRefused(email(), code, ip(), sharedDevice, ReferralRefusal.SAME_DEVICE);
    // The owner using their own code.
    assertEquals(
        Optional.of(ReferralRefusal.OWN_CODE),
        referrals.check(new ReferralSignup(referrer, email(), code, ip(), device())));
    // Codes are not case-sensitive.
    Account second = signUp(email(), code.toLowerCase(), ip(), device());
    assertEquals(referrer, referrerOf(second.getUsername()));
  }

  @Test
  void theSignUpAddress_isKeptAsAKeyedHash_thatNoOneCanReverseWithoutTheSecret() throws Exception {
    // An IPv4 address has 2^32 values: its plain SHA-256 is reversed by trying them all.
    String address = "198.51.100." + (NEXT_IP.incrementAndGet() % 250);
    String user = signUp(email(), null, address, device()).getUsername();
    String stored = text("SELECT ip_hash FROM cb_signup WHERE user_id = ?", user);
    assertNotNull(stored);
    assertNotEquals(sha256(address), stored);
  }

  @Test
  void signUpsWithOneCodeFromOneBrowserAtOnce_onlyOnePasses() throws Exception {
    String referrer = signUp(email(), null, ip(), device()).getUsername();
    String code = referrers(referrer);
    String sharedDevice = device();
    List<Future<Boolean>> signUps = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String email = email();
      String address = ip();
      Callable<Boolean> attempt =
          () -> {
            try {
              signUp(email, code, address, sharedDevice);
              return true;
            } catch (SignupProblem refused) {
              assertEquals("signup.error.referral.SAME_DEVICE", refused.messageKey());
              return false;
            }
          };
      signUps.add(executor.submit(attempt));
    }
    int passed = 0;
    for (Future<Boolean> signUp : signUps) {
      passed += signUp.get() ? 1 : 0;
    }
    assertEquals(1, passed, "one referee per browser, however many sign up at once");
    assertEquals(1, count("SELECT COUNT(*) FROM cb_referral WHERE referrer_id = ?", referrer));
  }

  @Test
  void bonuses_grantedOnceWhenConfirmedPurchasesReachTheAmount() throws Exception {
    String referrer = signUp(email(), null, ip(), device()).getUsername();
    String referee = signUp(email(), referrers(referrer), ip(), device()).getUsername();

    checkout.buy(referee, "java-basics"); // 49.00: below the 50.00 to reach
    advanceAndSettle(15);
    assertEquals("WAITING", referralStatus(referee));
    assertEquals(0, bonuses(referee));

    checkout.buy(referee, "testing-java"); // 39.50 more, still pending
    rewards.settleDue(500);
    assertEquals("WAITING", referralStatus(referee), "pending purchases do not count");

    clock.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(30)));
    for (int confirmed; (confirmed = lifecycle.confirmDue(500)) > 0; ) {
      assertTrue(confirmed > 0);
    }
    // Many nodes (threads) settle at once: the bonuses are still granted once.
    List<Future<Boolean>> settled = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Callable<Boolean> settle = () -> rewards.settle(referee);
      settled.add(executor.submit(settle));
    }
    int rewarded = 0;
    for (Future<Boolean> f : settled) {
      rewarded += f.get() ? 1 : 0;
    }
    assertEquals(1, rewarded);
    assertEquals("REWARDED", referralStatus(referee));
    assertEquals(2, bonuses(referee));
    assertEquals(
        2,
        new TestDatabase(db)
            .number(
                "SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ?"
                    + " AND source = 'REFERRAL_BONUS' AND referral_id = ? AND rule_id IS NULL",
                ReferralRewards.PURCHASE_PREFIX + referee,
                referee),
        "both bonuses come from the referral, not from a rule");
    assertEquals(new BigDecimal("5.00"), confirmedBonus(referee, referee));
    assertEquals(new BigDecimal("10.00"), confirmedBonus(referee, referrer));

    rewards.settleDue(500);
    assertEquals(2, bonuses(referee), "one bonus per referee");
  }

  /**
   * Purchases count only towards the amount of their own currency: 4000 JPY and 49.00 USD reach
   * neither 5000 JPY nor 50.00 USD; 1500 JPY more reaches the yen amount, and both bonuses are paid
   * in yen, never converted.
   */
  @Test
  void aRefereeBuyingInYen_qualifiesByTheYenAmount_andEarnsTheBonusesInYen() throws Exception {
    String referrer = signUp(email(), null, ip(), device()).getUsername();
    String referee = signUp(email(), referrers(referrer), ip(), device()).getUsername();
    buyInYen(referee, "4000");
    checkout.buy(referee, "java-basics"); // 49.00 USD
    advanceAndSettle(15);
    assertEquals("WAITING", referralStatus(referee), "no currency reached its amount");

    buyInYen(referee, "1500");
    advanceAndSettle(30);
    assertEquals("REWARDED", referralStatus(referee));
    assertEquals(new BigDecimal("500.00"), confirmedBonus(referee, referee));
    assertEquals(new BigDecimal("1000.00"), confirmedBonus(referee, referrer));
    assertEquals(
        2,
        new TestDatabase(db)
            .number(
                "SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ? AND currency = 'JPY'",
                ReferralRewards.PURCHASE_PREFIX + referee));
  }

  /** The referee buys a course paid in yen, as a host selling in yen would tell it. */
  private void buyInYen(String referee, String price) throws Exception {
    // Through HostTransactions, not UserTransaction: the timers call the beans this test calls.
    host.inTransaction(
        () ->
            purchases.fire(
                new PurchaseCompleted(
                    "yen-" + UUID.randomUUID(),
                    new Buyer(referee, referee, referee, null, Set.of("learner")),
                    List.of(
                        new PurchaseItem(
                            ItemType.COURSE,
                            "java-basics",
                            "Java Basics",
                            null,
                            "programming",
                            "irene",
                            new BigDecimal(price),
                            1,
                            BigDecimal.ZERO,
                            null)),
                    "JPY",
                    clock.now().toInstant())));
  }

  @Test
  void refundedPurchases_doNotCount() throws Exception {
    String referrer = signUp(email(), null, ip(), device()).getUsername();
    String referee = signUp(email(), referrers(referrer), ip(), device()).getUsername();
    Purchase purchase = checkout.buy(referee, "jakarta-ee"); // 89.00
    // 50.00 of it refunded while the cashback is on hold: 39.00 is left, below the 50.00.
    host.inTransaction(
        () ->
            refunds.fire(
                new PurchaseRefunded(
                    UUID.randomUUID().toString(),
                    purchase.getId(),
                    List.of(new RefundedItem("jakarta-ee", new BigDecimal("50.00"))),
                    new BigDecimal("50.00"),
                    "USD",
                    "Partly returned",
                    Instant.now())));
    for (int i = 0;
        i < 100
            && count(
                    "SELECT COUNT(*) FROM cb_transaction WHERE refunded_purchase_amount > 0"
                        + " AND user_id = ?",
                    referee)
                == 0;
        i++) {
      Thread.sleep(100);
    }
    advanceAndSettle(15);
    assertEquals("CONFIRMED", text("SELECT status FROM cb_transaction WHERE user_id = ?", referee));
    assertEquals("WAITING", referralStatus(referee), "39.00 kept of 89.00 is below 50.00");
    assertEquals(0, bonuses(referee));
  }

  @Test
  void noBonus_whenTheQualifyingDaysPassFirst() throws Exception {
    String referrer = signUp(email(), null, ip(), device()).getUsername();
    String referee = signUp(email(), referrers(referrer), ip(), device()).getUsername();
    advanceAndSettle(31);
    assertEquals("EXPIRED", referralStatus(referee));

    // A purchase made (and confirmed) after the window changes nothing.
    checkout.buy(referee, "jakarta-ee");
    advanceAndSettle(31 + 15);
    assertEquals("EXPIRED", referralStatus(referee));
    assertEquals(0, bonuses(referee));
  }

  @Test
  void aPurchaseMadeWithinTheDays_thatConfirmsAfterThem_stillQualifies() throws Exception {
    String referrer = signUp(email(), null, ip(), device()).getUsername();
    String referee = signUp(email(), referrers(referrer), ip(), device()).getUsername();
    // Day 10: a shop's sale, held by the network's 30 confirm days (until day 40).
    clock.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(10)));
    String click =
        clicks
            .record(
                new ShopClick(
                    referee,
                    referee,
                    "demo-network",
                    "book-nook",
                    "Book Nook",
                    null,
                    "https://shop.example/book-nook",
                    ip(),
                    "test"))
            .clickId();
    conversions.apply(
        "demo-network",
        "demo-network-secret",
        new Postback(click, "order-" + UUID.randomUUID(), "120.00", "10.00", "USD", "pending"));

    advanceAndSettle(31);
    assertEquals("WAITING", referralStatus(referee), "the day-10 sale is still on hold");
    advanceAndSettle(41);
    assertEquals("REWARDED", referralStatus(referee));
    assertEquals(2, bonuses(referee));
  }

  // --- helpers

  private Account signUp(String email, String code, String ip, String device) {
    return signUp.register(
        new SignUp.Form(email, "correct horse", code, true, ip, device, "http://localhost", null));
  }

  private void assertRefused(
      String email, String code, String ip, String device, ReferralRefusal expected)
      throws Exception {
    SignupProblem problem =
        assertThrows(SignupProblem.class, () -> signUp(email, code, ip, device));
    assertEquals("referralCode", problem.field());
    assertEquals("signup.error.referral." + expected.name(), problem.messageKey());
    assertEquals(
        0L,
        lms.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :e", Long.class)
            .setParameter("e", email.toLowerCase())
            .getSingleResult(),
        "no account kept");
    assertEquals(0, count("SELECT COUNT(*) FROM cb_signup WHERE user_id = ?", email.toLowerCase()));
  }

  private String referrers(String user) {
    return referrals.codeOf(user);
  }

  private void advanceAndSettle(int days) {
    clock.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(days)));
    while (lifecycle.confirmDue(500) > 0) {
      // confirm everything due
    }
    rewards.settleDue(500);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String email() {
    return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** A fresh address per call, so tests never trip over each other's sign-ups. */
  private static String ip() {
    return "2001:db8::" + Integer.toHexString(NEXT_IP.incrementAndGet());
  }

  private static String device() {
    return UUID.randomUUID().toString();
  }

  private String referrerOf(String referee) throws Exception {
    return text("SELECT referrer_id FROM cb_referral WHERE referee_id = ?", referee);
  }

  private String referralStatus(String referee) throws Exception {
    return text("SELECT status FROM cb_referral WHERE referee_id = ?", referee);
  }

  private int bonuses(String referee) throws Exception {
    return count(
        "SELECT COUNT(*) FROM cb_transaction WHERE purchase_id = ?",
        ReferralRewards.PURCHASE_PREFIX + referee);
  }

  private BigDecimal confirmedBonus(String referee, String user) throws Exception {
    return new TestDatabase(db)
        .value(
            BigDecimal.class,
            "SELECT cashback_amount FROM cb_transaction"
                + " WHERE purchase_id = ? AND user_id = ? AND status = 'CONFIRMED'",
            ReferralRewards.PURCHASE_PREFIX + referee,
            user)
        .setScale(2);
  }

  private int count(String sql, String param) throws Exception {
    return (int) new TestDatabase(db).number(sql, param);
  }

  private String text(String sql, String param) throws Exception {
    return new TestDatabase(db).value(String.class, sql, param);
  }
}
