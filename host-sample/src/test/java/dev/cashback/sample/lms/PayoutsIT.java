package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey from cashback to money out, over HTTP, with a real SMTP server (GreenMail) receiving
 * what the plugin sends: cashback pending and confirmed (the plugin's clock moved forward), payout
 * requests refused for bad input without moving money, requests racing for one balance, approval by
 * one or two admins, rejection, and a payout whose outcome is unknown until reconciled.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
@RunAsClient
class PayoutsIT {

  private static final String LEARNER = "lucy";

  /** The demo's PayPal method (minimum 10.00 USD). */
  private static final long PAYPAL = -1;

  private static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive deployment() {
    // Only this deployment talks to an SMTP server (GreenMail, started by the test): the other
    // test classes keep their mail in the outbox instead of retrying a server that is not there.
    return Deployments.hostWithPlugin(
            "cashback.mail.host=localhost",
            "cashback.mail.port=" + ServerSetupTest.SMTP.getPort(),
            "cashback.mail.interval-seconds=1",
            // Cashback lasts 30 days once available (grace for returns: 7 days).
            "cashback.expiry.days=30",
            // The sample's admins are learners too here: they earn and withdraw.
            "cashback.roles.learner=learner,admin")
        .addClasses(TestControlServlet.class, UnsurePayoutProvider.class);
  }

  @ArquillianResource URL base;

  private static boolean earlierClassesSettled;

  /**
   * The database is shared with the test classes that ran before, which had no SMTP server: their
   * e-mails wait in the outbox, and their pending cashback would be confirmed (and mailed) when
   * this class moves the clock. Both are settled once, up front, so that the e-mails these tests
   * wait for are not queued behind thousands of others (in a full run that took over a minute).
   */
  @BeforeEach
  void settleEarlierClasses() throws Exception {
    if (!earlierClassesSettled) {
      for (String action : List.of("advance&days=400", "discard-queued-mail", "reset")) {
        assertThat(control(action).statusCode()).as(action).isEqualTo(200);
      }
      earlierClassesSettled = true;
    }
  }

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void journey_earnConfirmRequestPayPalPay_eachStepMailed() throws Exception {
    String course = "Payout journey " + UUID.randomUUID().toString().substring(0, 8);
    earn(course, "250.00"); // 10% by the demo rule: 25.00 pending
    assertMail(LEARNER, "Cashback pending: " + course, "$25.00", "Pending");

    assertThat(control("advance&days=15").statusCode()).isEqualTo(200);
    assertMail(LEARNER, "Cashback confirmed: " + course, "$25.00", "Confirmed");

    BigDecimal before = available();
    JsonObject payout = requestPayout(PAYPAL, "12.50", "PAYPAL_EMAIL", "Lucy@PayPal.example");
    assertThat(payout.getString("status")).isEqualTo("REQUESTED");
    assertThat(payout.getJsonObject("details").getString("PAYPAL_EMAIL"))
        .isEqualTo("lucy@paypal.example");
    assertThat(available()).isEqualByComparingTo(before.subtract(new BigDecimal("12.50")));
    assertMail(LEARNER, "Payout requested: PayPal", "$12.50");

    JsonObject paid = decide(admin(), payout, "approve", "{\"reference\":\"PP-7731\"}");
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getString("reference")).isEqualTo("PP-7731");
    assertMail(LEARNER, "Payout paid: PayPal", "PP-7731", "$12.50");
    assertThat(available()).isEqualByComparingTo(before.subtract(new BigDecimal("12.50")));
  }

  @Test
  void badPayoutInput_getsAClearMessage_andMovesNoMoney() throws Exception {
    earnConfirmed("40.00");
    BigDecimal before = available();
    int payouts = myPayouts().size();
    ApiClient lucy = new ApiClient(base, LEARNER);

    assertRefused(
        post(
            lucy,
            "{\"methodId\":"
                + PAYPAL
                + ",\"amount\":5,\"details\":{\"PAYPAL_EMAIL\":\"l@x.example\"}}"),
        400,
        "amount",
        "minimum");
    assertRefused(
        post(
            lucy,
            "{\"methodId\":"
                + PAYPAL
                + ",\"amount\":1000000,\"details\":{\"PAYPAL_EMAIL\":\"l@x.example\"}}"),
        422,
        "amount",
        "available");
    assertRefused(
        post(
            lucy,
            "{\"methodId\":"
                + PAYPAL
                + ",\"amount\":10,\"details\":{\"PAYPAL_EMAIL\":\"not-an-email\"}}"),
        400,
        "PAYPAL_EMAIL",
        "not valid");
    assertRefused(
        post(lucy, "{\"methodId\":" + PAYPAL + ",\"amount\":10,\"details\":{}}"),
        400,
        "PAYPAL_EMAIL",
        "Give");
    assertRefused(
        post(
            lucy,
            "{\"methodId\":"
                + PAYPAL
                + ",\"amount\":-10,\"details\":{\"PAYPAL_EMAIL\":\"l@x.example\"}}"),
        400,
        "amount",
        "more than zero");
    assertRefused(
        post(
            lucy,
            "{\"methodId\":"
                + PAYPAL
                + ",\"amount\":10.001,\"details\":{\"PAYPAL_EMAIL\":\"l@x.example\"}}"),
        400,
        "amount",
        "cents");
    assertRefused(
        post(lucy, "{\"methodId\":999999,\"amount\":10,\"details\":{}}"),
        400,
        "method",
        "not available");

    long disabled =
        createMethod(
            "Disabled voucher " + UUID.randomUUID().toString().substring(0, 6), "manual", false);
    assertRefused(
        post(
            lucy,
            "{\"methodId\":"
                + disabled
                + ",\"amount\":10,\"details\":{\"VOUCHER_EMAIL\":\"l@x.example\"}}"),
        400,
        "method",
        "not available");

    assertThat(available()).isEqualByComparingTo(before);
    assertThat(myPayouts()).hasSize(payouts);
  }

  @Test
  void racingRequests_neverWithdrawMoreThanIsAvailable() throws Exception {
    earnConfirmed("300.00");
    BigDecimal available = available();
    int fits = available.divideToIntegralValue(new BigDecimal("10.00")).intValue();
    int tries = fits + 4;
    List<Integer> statuses = racingRequests(LEARNER, tries, "lucy@paypal.example");
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(fits);
    assertThat(statuses).allMatch(s -> s == 201 || s == 422);
    assertThat(available())
        .isEqualByComparingTo(
            available.subtract(new BigDecimal("10.00").multiply(BigDecimal.valueOf(fits))))
        .isGreaterThanOrEqualTo(BigDecimal.ZERO);
  }

  /**
   * A learner holding USD, JPY and BHD at once (three decimals): one rule gives each currency its
   * own fixed amount; each currency is earned, refunded, spent, withdrawn and expires on its own; a
   * purchase in a currency the rule does not name (EUR) earns nothing from it, never a converted
   * amount; and the ledger check finds every currency balanced.
   */
  @Test
  void learnerWithUsdJpyAndBhd_eachCurrencyEarnsRefundsSpendsWithdrawsAndExpiresOnItsOwn()
      throws Exception {
    String learner = signUp("currencies");
    HttpResponse<String> rule =
        admin()
            .post(
                API + "/rules",
                "{\"title\":\"Three currencies "
                    + suffix()
                    + "\",\"amountType\":\"FIXED\",\"amount\":20.00,\"currency\":\"USD\","
                    + "\"otherCurrencies\":[{\"currency\":\"JPY\",\"fixedAmount\":3000},"
                    + "{\"currency\":\"BHD\",\"fixedAmount\":7.5}],"
                    + "\"perItem\":false,\"userType\":\"USERS\",\"audience\":[\""
                    + learner
                    + "\"]}");
    assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
    assertThat(ApiClient.object(rule).getJsonArray("otherCurrencies")).hasSize(2);

    earnIn(learner, "USD", "Dollars", "100.00"); // the rule's 20.00 beats the demo's 10 %
    earnIn(learner, "JPY", "Yen", "10000"); // 3000 JPY
    String refunded = earnIn(learner, "JPY", "Yen refunded", "10000"); // 3000 JPY, then refunded
    earnIn(learner, "BHD", "Dinars", "40.000"); // 7.500 BHD
    earnIn(learner, "EUR", "Euros", "50.00"); // only the demo's 10 %: 5.00 EUR
    assertBalance(learner, "USD", "20.00", "0");
    assertBalance(learner, "JPY", "6000", "0");
    assertBalance(learner, "BHD", "7.500", "0");
    assertBalance(learner, "EUR", "5.00", "0");

    long tx = transactionOf(learner, refunded);
    HttpResponse<String> refund =
        admin()
            .post(
                API + "/transactions/" + tx + "/refunds",
                "{\"amount\":3000,\"reason\":\"Refunded order\"}",
                java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(refund.statusCode()).as(refund.body()).isEqualTo(201);
    assertBalance(learner, "JPY", "3000", "0");

    control("advance&days=15");
    assertBalance(learner, "USD", "0", "20.00");
    assertBalance(learner, "JPY", "0", "3000");
    assertBalance(learner, "BHD", "0", "7.500");

    HttpResponse<String> spent =
        control("spend&user=" + learner + "&amount=1000&currency=JPY&purchase=spend-" + suffix());
    assertThat(spent.statusCode()).as(spent.body()).isEqualTo(200);
    assertBalance(learner, "JPY", "0", "2000");

    long dinars = createMethod("Dinar transfer " + suffix(), "manual", true, "BHD");
    JsonObject payout =
        requestPayout(
            new ApiClient(base, learner), dinars, "5.125", "VOUCHER_EMAIL", "x@example.com");
    assertThat(payout.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("5.125");
    assertBalance(learner, "BHD", "0", "2.375");
    assertBalance(learner, "USD", "0", "20.00");

    control("advance&days=31"); // past the 30 days cashback lasts
    control("expire");
    for (String currency : List.of("USD", "JPY", "BHD", "EUR")) {
      assertBalance(learner, currency, "0", "0");
    }
    assertThat(control("audit").body()).as("ledger check").isBlank();
  }

  /**
   * Each learner's e-mails are written in the language the host tells for them (chosen at sign-up
   * here): subject, texts, status, money and dates; Arabic ones laid out right to left. A learner
   * whose language the host does not know gets the configured one (English).
   */
  @Test
  void eachLearner_getsTheirEmailsInTheirLanguage() throws Exception {
    String spanish = signUp("espanol", "es");
    String arabic = signUp("arabic", "ar");
    String course = "Idiomas " + suffix();
    earn(spanish, course, "250.00");
    assertMail(
        spanish,
        "Cashback pendiente: " + course,
        "Gracias por tu compra",
        "Pendiente",
        "25,00\u00a0US$",
        " de 20");
    earn(arabic, course, "250.00");
    assertMail(
        arabic,
        "\u0627\u0633\u062a\u0631\u062f\u0627\u062f \u0646\u0642\u062f\u064a \u0642\u064a\u062f \u0627\u0644\u0627\u0646\u062a\u0638\u0627\u0631: "
            + course,
        "dir=\"rtl\"",
        "\u0662\u0665\u066b\u0660\u0660",
        "US$");
  }

  /**
   * A learner's first payout requests open their withdrawal account, in a transaction of its own
   * nested in each request's. The request held its Idempotency-Key's connection meanwhile, and
   * Payara enlisted that open connection in the nested transaction, whose commit took the request's
   * work with it: the request went on without its row locks, and racing requests overdrew the
   * balance. Found by the fault run (a lost balance update).
   */
  @Test
  void racingFirstRequestsOfANewLearner_neverLoseAnUpdate() throws Exception {
    String learner = signUp("racing-payout");
    earn(learner, "Racing payout " + suffix(), "300.00");
    control("advance&days=15");
    BigDecimal available = available(learner);
    int fits = available.divideToIntegralValue(new BigDecimal("10.00")).intValue();
    List<Integer> statuses = racingRequests(learner, 12, "a@b.example");
    long paid = statuses.stream().filter(s -> s == 201).count();
    assertThat(paid).isEqualTo(Math.min(fits, 12));
    assertThat(available(learner))
        .isEqualByComparingTo(
            available.subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(paid))));
  }

  /**
   * A payout request holds money taken from the lot that expires first: the reminder speaks of what
   * is left, the lot's expiry takes nothing of the payout while it waits; rejected after the
   * expiry, the money comes back for the grace days (7), then expires.
   */
  @Test
  void payoutHoldingMoneyOfAnExpiringLot_rejectedAfterTheExpiry_comesBackForTheGraceDays()
      throws Exception {
    String learner = signUp("expiring-payout");
    earn(learner, "Expiring payout " + suffix(), "300.00");
    control("advance&days=15"); // 30.00 available, expiring 30 days later
    JsonObject payout =
        requestPayout(
            new ApiClient(base, learner), PAYPAL, "20.00", "PAYPAL_EMAIL", "x@paypal.example");

    // Within the reminder days (7) of the expiry: one e-mail about what is left of the lot.
    control("advance&days=24");
    control("remind");
    assertMail(learner, "Cashback expiring: $10.00", "Spend or withdraw this cashback by");

    control("advance&days=7");
    control("expire");
    assertThat(available(learner)).as("10.00 expired").isEqualByComparingTo("0");

    decide(admin(), payout, "reject", "{\"reason\":\"Account closed\"}");
    assertThat(available(learner)).as("given back").isEqualByComparingTo("20.00");
    control("advance&days=6");
    control("expire");
    assertThat(available(learner)).as("within the grace days").isEqualByComparingTo("20.00");
    control("advance&days=2");
    control("expire");
    assertThat(available(learner)).as("grace over").isEqualByComparingTo("0");
  }

  /** That many PayPal requests of 10.00 by the learner, all at once; their statuses. */
  private List<Integer> racingRequests(String learner, int tries, String paypal) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(tries, 16));
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      calls.add(
          () ->
              post(
                      new ApiClient(base, learner),
                      "{\"methodId\":"
                          + PAYPAL
                          + ",\"amount\":10.00,\"details\":{\"PAYPAL_EMAIL\":\""
                          + paypal
                          + "\"}}")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    return statuses;
  }

  /** A new learner of the sample (signed up, not verified), with no cashback account yet. */
  private String signUp(String prefix) throws Exception {
    return signUp(prefix, "");
  }

  /** A new learner who signed up with pages in {@code language} (empty: none chosen). */
  private String signUp(String prefix, String language) throws Exception {
    String email = prefix + "-" + suffix() + "@example.com";
    return control(
            "signup&email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&ip=2001:db8:7::"
                + Integer.toHexString((int) (Math.random() * 60000))
                + "&device="
                + UUID.randomUUID()
                + (language.isEmpty() ? "" : "&language=" + language))
        .body();
  }

  @Test
  void sameApprovalFromEightThreads_paysOnce() throws Exception {
    earnConfirmed("100.00");
    JsonObject payout = requestPayout(PAYPAL, "10.00", "PAYPAL_EMAIL", "lucy@paypal.example");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Integer>> approvals = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String who = i % 2 == 0 ? "admin" : "alan";
      approvals.add(
          () ->
              decideRaw(new ApiClient(base, who), payout, "approve", "{\"reference\":\"PP-race\"}")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(approvals)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses.stream().filter(s -> s == 200).count())
        .as(statuses.toString())
        .isEqualTo(1);
    assertThat(statuses).allMatch(s -> s == 200 || s == 422);
  }

  @Test
  void largePayout_needsASecondDifferentAdmin() throws Exception {
    earnConfirmed("2000.00");
    JsonObject payout = requestPayout(PAYPAL, "150.00", "PAYPAL_EMAIL", "lucy@paypal.example");

    JsonObject first = decide(admin(), payout, "approve", "{\"reference\":\"PP-1\"}");
    assertThat(first.getString("status")).isEqualTo("AWAITING_SECOND_APPROVAL");
    assertThat(first.getString("firstApprovedBy")).isEqualTo("admin");
    HttpResponse<String> again = decideRaw(admin(), payout, "approve", "{\"reference\":\"PP-1\"}");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("second, different admin");

    JsonObject paid =
        decide(new ApiClient(base, "alan"), payout, "approve", "{\"reference\":\"PP-2\"}");
    assertThat(paid.getString("status")).isEqualTo("PAID");
    assertThat(paid.getString("decidedBy")).isEqualTo("alan");
  }

  @Test
  void secondApproval_isPerCurrency_aCurrencyWithoutThresholdNeedsTwoAdmins() throws Exception {
    // The default thresholds are USD 100.00, EUR 100.00, JPY 15000: none for KWD.
    earnIn("KWD", "Kuwaiti dinars", "2000"); // 200.000 KWD cashback
    earnIn("JPY", "Yen", "200000"); // 20000 JPY cashback
    control("advance&days=15");

    long dinars = createMethod("Dinar voucher " + suffix(), "manual", true, "KWD");
    JsonObject kwd = requestPayout(dinars, "100", "VOUCHER_EMAIL", "lucy@example.com");
    JsonObject first = decide(admin(), kwd, "approve", "{\"reference\":\"KWD-1\"}");
    assertThat(first.getString("status"))
        .as("100 KWD is not below a threshold of 100 of any currency")
        .isEqualTo("AWAITING_SECOND_APPROVAL");
    assertThat(
            decide(new ApiClient(base, "alan"), kwd, "approve", "{\"reference\":\"KWD-2\"}")
                .getString("status"))
        .isEqualTo("PAID");

    long yen = createMethod("Yen voucher " + suffix(), "manual", true, "JPY");
    JsonObject jpy = requestPayout(yen, "15000", "VOUCHER_EMAIL", "lucy@example.com");
    assertThat(decide(admin(), jpy, "approve", "{\"reference\":\"JPY-1\"}").getString("status"))
        .as("15000 JPY is within the JPY threshold")
        .isEqualTo("PAID");
  }

  @Test
  void rejectedPayout_returnsTheMoney_andTellsTheLearner() throws Exception {
    earnConfirmed("100.00");
    BigDecimal before = available();
    JsonObject payout = requestPayout(PAYPAL, "10.00", "PAYPAL_EMAIL", "lucy@paypal.example");
    assertThat(available()).isEqualByComparingTo(before.subtract(BigDecimal.TEN));
    JsonObject rejected =
        decide(admin(), payout, "reject", "{\"reason\":\"PayPal account closed\"}");
    assertThat(rejected.getString("status")).isEqualTo("REJECTED");
    assertThat(available()).isEqualByComparingTo(before);
    assertMail(LEARNER, "Payout rejected: PayPal", "PayPal account closed");
    assertThat(decideRaw(admin(), payout, "approve", "{\"reference\":\"late\"}").statusCode())
        .isEqualTo(422);
  }

  @Test
  void unknownOutcome_isHeld_neverRetried_untilReconciled() throws Exception {
    earnConfirmed("100.00");
    long unsure =
        createMethod(
            "Unsure network " + UUID.randomUUID().toString().substring(0, 6), "unsure", true);
    BigDecimal before = available();
    JsonObject payout = requestPayout(unsure, "10.00", "VOUCHER_EMAIL", "lucy@example.com");

    JsonObject unknown = decide(admin(), payout, "approve", "{}");
    assertThat(unknown.getString("status")).isEqualTo("UNKNOWN");
    assertThat(available())
        .as("still reserved")
        .isEqualByComparingTo(before.subtract(BigDecimal.TEN));
    assertThat(decideRaw(admin(), payout, "approve", "{}").statusCode()).isEqualTo(422);

    JsonObject settled =
        decide(
            admin(), payout, "reconcile", "{\"paid\":false,\"reason\":\"Network says not sent\"}");
    assertThat(settled.getString("status")).isEqualTo("REJECTED");
    assertThat(available()).isEqualByComparingTo(before);
  }

  @Test
  void ownPayout_cannotBeApprovedRejectedOrReconciledByItsAdmin() throws Exception {
    ApiClient alan = new ApiClient(base, "alan");
    earn("alan", "Own payout " + UUID.randomUUID().toString().substring(0, 8), "300.00");
    control("advance&days=15");
    BigDecimal before = available("alan");
    JsonObject payout = requestPayout(alan, PAYPAL, "10.00", "PAYPAL_EMAIL", "alan@paypal.example");

    for (String[] decision :
        List.of(
            new String[] {"approve", "{\"reference\":\"PP-own\"}"},
            new String[] {"reject", "{\"reason\":\"Changed my mind\"}"})) {
      HttpResponse<String> refused = decideRaw(alan, payout, decision[0], decision[1]);
      assertThat(refused.statusCode()).as(decision[0] + ": " + refused.body()).isEqualTo(422);
      assertThat(ApiClient.object(refused).getJsonObject("errors").getString("payout"))
          .contains("Another admin must decide your own payout");
    }
    assertThat(payoutStatus(payout)).isEqualTo("REQUESTED");
    assertThat(available("alan")).isEqualByComparingTo(before.subtract(BigDecimal.TEN));

    // Held as UNKNOWN by another admin's approval: its own admin cannot settle it either way.
    long unsure =
        createMethod("Unsure own " + UUID.randomUUID().toString().substring(0, 6), "unsure", true);
    JsonObject held = requestPayout(alan, unsure, "10.00", "VOUCHER_EMAIL", "alan@example.com");
    assertThat(decide(admin(), held, "approve", "{}").getString("status")).isEqualTo("UNKNOWN");
    for (String body :
        List.of(
            "{\"paid\":true,\"reference\":\"PP-self\"}",
            "{\"paid\":false,\"reason\":\"Not sent\"}")) {
      HttpResponse<String> refused = decideRaw(alan, held, "reconcile", body);
      assertThat(refused.statusCode()).as(body + ": " + refused.body()).isEqualTo(422);
      assertThat(ApiClient.object(refused).getJsonObject("errors").getString("payout"))
          .contains("Another admin must decide your own payout");
    }
    assertThat(payoutStatus(held)).isEqualTo("UNKNOWN");
    assertThat(available("alan")).isEqualByComparingTo(before.subtract(new BigDecimal("20.00")));

    // Another admin decides both.
    assertThat(decide(admin(), payout, "reject", "{\"reason\":\"Asked to\"}").getString("status"))
        .isEqualTo("REJECTED");
    assertThat(
            decide(admin(), held, "reconcile", "{\"paid\":false,\"reason\":\"Not sent\"}")
                .getString("status"))
        .isEqualTo("REJECTED");
    assertThat(available("alan")).isEqualByComparingTo(before);
  }

  @Test
  void ownPayout_onThePayoutsPage_offersNoDecision_andSaysWhy() throws Exception {
    earn("alan", "Own payout page " + UUID.randomUUID().toString().substring(0, 8), "300.00");
    control("advance&days=15");
    ApiClient alan = new ApiClient(base, "alan");
    JsonObject payout =
        requestPayout(alan, PAYPAL, "10.00", "PAYPAL_EMAIL", "alan-page@paypal.example");
    String page = "/cashback/admin/payouts.xhtml";
    Browser browser = new Browser(base);
    browser.signIn("alan", "demo1234", page);
    String body = browser.get(page).body();
    String row = rowOf(body, "alan-page@paypal.example");
    assertThat(row).contains("Your own payout: another admin decides it");
    assertThat(row).doesNotContain(":approve\"").doesNotContain(":reject\"");
    Browser other = new Browser(base);
    other.signIn("admin", "demo1234", page);
    assertThat(rowOf(other.get(page).body(), "alan-page@paypal.example"))
        .contains(":approve\"")
        .contains(":reject\"");
    assertThat(decide(admin(), payout, "reject", "{\"reason\":\"Test\"}").getString("status"))
        .isEqualTo("REJECTED");
  }

  // --- helpers

  /** The table row of the payouts page that shows this text. */
  private static String rowOf(String page, String text) {
    int at = page.indexOf(text);
    assertThat(at).as(page).isNotNegative();
    int start = page.lastIndexOf("<tr", at);
    int end = page.indexOf("</tr>", at);
    return page.substring(start, end);
  }

  private String payoutStatus(JsonObject payout) throws Exception {
    long id = payout.getJsonNumber("id").longValue();
    return ApiClient.array(admin().get(API + "/payouts?user=" + payout.getString("userId")))
        .stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private ApiClient admin() {
    return new ApiClient(base, "admin");
  }

  /** A purchase by the learner, granted and then confirmed by moving the plugin's clock. */
  private void earnConfirmed(String price) throws Exception {
    control("reset");
    earn("Payout test " + UUID.randomUUID().toString().substring(0, 8), price);
    control("advance&days=15");
  }

  private void earn(String title, String price) throws Exception {
    earn(LEARNER, title, price);
  }

  private void earn(String user, String title, String price) throws Exception {
    earnIn(user, "USD", title, price);
  }

  /** A purchase by the learner in {@code currency}, granted. */
  private void earnIn(String currency, String title, String price) throws Exception {
    earnIn(LEARNER, currency, title, price);
  }

  /** A learner's pending and available balance in one currency. */
  private void assertBalance(String user, String currency, String pending, String available)
      throws Exception {
    JsonObject balance =
        ApiClient.object(new ApiClient(base, user).get(API + "/wallets/me"))
            .getJsonArray("balances")
            .stream()
            .map(b -> b.asJsonObject())
            .filter(b -> b.getString("currency").equals(currency))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + currency + " balance"));
    assertThat(balance.getJsonNumber("pending").bigDecimalValue())
        .as(currency + " pending")
        .isEqualByComparingTo(pending);
    assertThat(balance.getJsonNumber("available").bigDecimalValue())
        .as(currency + " available")
        .isEqualByComparingTo(available);
  }

  /** The id of the learner's cashback transaction on this purchase. */
  private long transactionOf(String user, String purchaseId) throws Exception {
    return ApiClient.object(
            new ApiClient(base, user).get(API + "/wallets/me/transactions?limit=50"))
        .getJsonArray("items")
        .stream()
        .map(t -> t.asJsonObject())
        .filter(t -> t.getString("purchaseId").equals(purchaseId))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private String earnIn(String user, String currency, String title, String price) throws Exception {
    control("reset"); // signatures are checked against the plugin's clock
    String id = UUID.randomUUID().toString();
    String body =
        ApiClient.purchase(id, user, "sql-deep-dive", "ivan", price)
            .replace("\"title\":\"Course sql-deep-dive\"", "\"title\":\"" + title + "\"")
            .replace("\"displayName\":\"lucy\"", "\"displayName\":\"Lucy Learner\"")
            .replace("\"currency\":\"USD\"", "\"currency\":\"" + currency + "\"");
    assertThat(
            ApiClient.anonymous(base)
                .postSigned(API + "/purchases", body, ApiClient.now())
                .statusCode())
        .isEqualTo(202);
    Instant deadline = Instant.now().plusSeconds(30);
    while (!new ApiClient(base, user)
        .get(API + "/wallets/me/transactions?limit=50")
        .body()
        .contains(id)) {
      assertThat(Instant.now()).as("granted in time").isBefore(deadline);
      Thread.sleep(200);
    }
    return id;
  }

  private BigDecimal available() throws Exception {
    return available(LEARNER);
  }

  private BigDecimal available(String user) throws Exception {
    var balances =
        ApiClient.object(new ApiClient(base, user).get(API + "/wallets/me"))
            .getJsonArray("balances");
    return balances.stream()
        .map(b -> b.asJsonObject())
        .filter(b -> b.getString("currency").equals("USD"))
        .map(b -> b.getJsonNumber("available").bigDecimalValue())
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private List<Object> myPayouts() throws Exception {
    return new ArrayList<>(
        ApiClient.array(new ApiClient(base, LEARNER).get(API + "/wallets/me/payouts")));
  }

  private JsonObject requestPayout(long method, String amount, String field, String value)
      throws Exception {
    return requestPayout(new ApiClient(base, LEARNER), method, amount, field, value);
  }

  private static JsonObject requestPayout(
      ApiClient learner, long method, String amount, String field, String value) throws Exception {
    HttpResponse<String> response =
        post(
            learner,
            "{\"methodId\":"
                + method
                + ",\"amount\":"
                + amount
                + ",\"details\":{\""
                + field
                + "\":\""
                + value
                + "\"}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return ApiClient.object(response);
  }

  private static HttpResponse<String> post(ApiClient client, String body) throws Exception {
    return client.post(
        API + "/wallets/me/payouts", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private JsonObject decide(ApiClient admin, JsonObject payout, String verb, String body)
      throws Exception {
    HttpResponse<String> response = decideRaw(admin, payout, verb, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.object(response);
  }

  private static HttpResponse<String> decideRaw(
      ApiClient admin, JsonObject payout, String verb, String body) throws Exception {
    return admin.post(
        API + "/payouts/" + payout.getJsonNumber("id").longValue() + "/" + verb,
        body,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private long createMethod(String name, String provider, boolean enabled) throws Exception {
    return createMethod(name, provider, enabled, "USD");
  }

  private long createMethod(String name, String provider, boolean enabled, String currency)
      throws Exception {
    HttpResponse<String> created =
        admin()
            .post(
                API + "/payout-methods",
                "{\"name\":\""
                    + name
                    + "\",\"type\":\"GIFT_VOUCHER\",\"minimumAmount\":5,\"currency\":\""
                    + currency
                    + "\","
                    + "\"processingDays\":2,\"fields\":[\"VOUCHER_EMAIL\"],\"provider\":\""
                    + provider
                    + "\",\"enabled\":"
                    + enabled
                    + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ApiClient.object(created).getJsonNumber("id").longValue();
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, String field, String words) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(ApiClient.object(response).getJsonObject("errors").getString(field)).contains(words);
  }

  private HttpResponse<String> control(String action) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        base.toString().replaceAll("/$", "") + "/test-control?action=" + action))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Waits for the message to reach the SMTP server and checks what it says: up to two minutes. */
  private static void assertMail(String user, String subject, String... says) throws Exception {
    // A demo account's address is its name at example.com; a signed-up learner's name is its
    // address.
    String to = user.contains("@") ? user : user + "@example.com";
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        String body = GreenMailUtil.getBody(message);
        String decoded = decoded(message);
        if (subject.equals(message.getSubject())
            && Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(to))
            && Arrays.stream(says).allMatch(decoded::contains)) {
          assertThat(body).contains("text/html").contains("text/plain");
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no e-mail \u201c" + subject + "\u201d to " + to);
  }

  /** The text and HTML parts as a reader sees them, whatever their transfer encoding. */
  private static String decoded(MimeMessage message) throws Exception {
    StringBuilder text = new StringBuilder();
    if (message.getContent() instanceof jakarta.mail.Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        text.append(parts.getBodyPart(i).getContent()).append('\n');
      }
    } else {
      text.append(message.getContent());
    }
    return text.toString();
  }
}
