package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cashback from shops over HTTP: a learner's Shop now records a click and sends them to the store
 * with its id; the network's postbacks turn it into pending cashback of its share of the
 * commission, once however often they repeat, and confirm or decline it; when the network stays
 * silent its confirm days decide. Bad postbacks are refused and store nothing.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
@RunAsClient
class NetworksIT {

  private static final String SECRET = "demo-network-secret";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin().addClass(TestControlServlet.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void clockBack() throws Exception {
    control("reset");
  }

  @Test
  void shopNow_postbackPending_repeated_thenConfirmed() throws Exception {
    String click = shopNow();
    String tx = "order-" + UUID.randomUUID();
    JsonObject pending = ok(postback(click, tx, "500.00", "100.00", "pending", SECRET));
    assertThat(pending.getString("status")).isEqualTo("PENDING");
    assertThat(pending.getJsonNumber("cashback").bigDecimalValue())
        .as("80% of the 100.00 commission")
        .isEqualByComparingTo("80.00");

    JsonObject again = ok(postback(click, tx, "500.00", "100.00", "pending", SECRET));
    assertThat(again.getJsonNumber("transactionId").longValue())
        .isEqualTo(pending.getJsonNumber("transactionId").longValue());
    BigDecimal before = available();
    JsonObject confirmed = ok(postback(click, tx, "500.00", "100.00", "approved", SECRET));
    assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    assertThat(available()).isEqualByComparingTo(before.add(new BigDecimal("80.00")));
    ok(postback(click, tx, "500.00", "100.00", "confirmed", SECRET));
    assertThat(available())
        .as("confirmed once")
        .isEqualByComparingTo(before.add(new BigDecimal("80.00")));

    String row = new ApiClient(base, "lucy").get(API + "/wallets/me/transactions?limit=50").body();
    assertThat(row).contains("network:demo-network:" + tx).contains("Book Nook");

    JsonObject recorded = transaction(pending.getJsonNumber("transactionId").longValue());
    assertThat(recorded.getString("source")).isEqualTo("NETWORK_CONVERSION");
    assertThat(recorded.getJsonNumber("networkId").longValue())
        .as("the demo network")
        .isEqualTo(-1);
    assertThat(recorded.containsKey("ruleId") && !recorded.isNull("ruleId"))
        .as("no rule granted it")
        .isFalse();
    assertThat(recorded.getString("ruleTitle")).isEqualTo("Demo Network: 80% of the commission");
  }

  @Test
  void declinedConversion_takesTheCashbackBack() throws Exception {
    String click = shopNow();
    String tx = "order-" + UUID.randomUUID();
    ok(postback(click, tx, "200.00", "20.00", "pending", SECRET));
    JsonObject declined = ok(postback(click, tx, "200.00", "20.00", "rejected", SECRET));
    assertThat(declined.getString("status")).isEqualTo("DECLINED");
  }

  @Test
  void silentNetwork_confirmDaysDecide() throws Exception {
    String click = shopNow();
    JsonObject pending =
        ok(postback(click, "order-" + UUID.randomUUID(), "50.00", "10.00", "pending", SECRET));
    control("advance&days=29");
    assertThat(status(pending)).isEqualTo("PENDING");
    control("advance&days=2");
    assertThat(status(pending)).as("30 confirm days of the demo network").isEqualTo("CONFIRMED");
  }

  @Test
  void badPostbacks_areRefused_andStoreNothing() throws Exception {
    String click = shopNow();
    String tx = "order-" + UUID.randomUUID();
    assertThat(postback(click, tx, "100", "10", "pending", "wrong-secret-123").statusCode())
        .isEqualTo(403);
    assertThat(postback("no-such-click", tx, "100", "10", "pending", SECRET).statusCode())
        .isEqualTo(400);
    assertThat(postback(click, tx, "lots", "10", "pending", SECRET).statusCode()).isEqualTo(400);
    assertThat(postback(click, tx, "100", "-1", "pending", SECRET).statusCode()).isEqualTo(400);
    assertThat(postback(click, tx, "100", "1e30", "pending", SECRET).statusCode()).isEqualTo(400);
    assertThat(postback(click, tx, "100", "10", "maybe", SECRET).statusCode()).isEqualTo(400);
    HttpResponse<String> unknownNetwork =
        post(
            API + "/networks/no-such-network/postback",
            form(click, tx, "100", "10", "pending", SECRET));
    assertThat(unknownNetwork.statusCode()).isEqualTo(404);
    assertThat(unknownNetwork.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");

    // Nothing was stored: the same transaction id is new to the plugin.
    JsonObject first = ok(postback(click, tx, "100", "10", "pending", SECRET));
    assertThat(first.getString("status")).isEqualTo("PENDING");
  }

  @Test
  void commissionAboveTheSaleAmount_isRefused_naming_commission_andStoresNothing()
      throws Exception {
    String click = shopNow();
    String tx = "order-" + UUID.randomUUID();
    HttpResponse<String> refused = postback(click, tx, "100.00", "100.01", "pending", SECRET);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(ApiClient.object(refused).getJsonObject("errors").getString("commission"))
        .contains("sale amount");
    assertThat(myTransactions("lucy")).doesNotContain(tx);
    assertThat(ok(postback(click, tx, "100.00", "100.00", "pending", SECRET)).getString("status"))
        .as("a commission of the whole sale is allowed")
        .isEqualTo("PENDING");
  }

  @Test
  void disabledNetwork_refusesPostbacks_recordsThemForAdmins_andChangesNothing() throws Exception {
    String click = shopNow();
    JsonObject earlier =
        ok(postback(click, "order-" + UUID.randomUUID(), "100.00", "10.00", "pending", SECRET));
    String tx = "order-" + UUID.randomUUID();
    networkEnabled(false);
    try {
      HttpResponse<String> refused = postback(click, tx, "100.00", "10.00", "pending", SECRET);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .contains("application/problem+json");
      assertThat(ApiClient.object(refused).getString("detail")).contains("disabled");
      HttpResponse<String> withoutTransaction =
          post(
              API + "/networks/demo-network/postback",
              form(click, "", "100.00", "10.00", "pending", SECRET)
                  .replace("transaction_id=&", ""));
      assertThat(withoutTransaction.statusCode()).as(withoutTransaction.body()).isEqualTo(422);
      assertThat(
              postback(
                      click,
                      "order-" + UUID.randomUUID(),
                      "100.00",
                      "10.00",
                      "approved",
                      "wrong-secret-123")
                  .statusCode())
          .as("the secret is still checked first")
          .isEqualTo(403);
      assertThat(myTransactions("lucy")).doesNotContain(tx);
      assertThat(status(earlier)).isEqualTo("PENDING");
    } finally {
      networkEnabled(true);
    }
    String refusals = refusedPostbacks(tx);
    assertThat(refusals).contains(tx).contains(click).contains("disabled");
    assertThat(refusals)
        .as("the fields as the network sent them, with its code, never its secret")
        .contains("\\\"network\\\":\\\"demo-network\\\"")
        .contains("\\\"sale_amount\\\":\\\"100.00\\\"")
        .doesNotContain(SECRET);
    assertThat(refusals)
        .as("under the conversion key it would have had, for the click's learner")
        .contains("\"purchaseId\":\"network:demo-network:" + tx + "\"")
        .contains("\"userId\":\"lucy\"");
    assertThat(refusedPostbacks(click))
        .as("a postback without a transaction id is kept under its click id")
        .contains("\"eventId\":\"" + click + "\"");
    assertThat(new ApiClient(base, "lucy").get(API + "/refused-events?kind=POSTBACK").statusCode())
        .isEqualTo(403);
    assertThat(ok(postback(click, tx, "100.00", "10.00", "pending", SECRET)).getString("status"))
        .as("nothing was recorded as cashback: the id is new once the network is enabled")
        .isEqualTo("PENDING");
  }

  @Test
  void postbackFromAnotherClick_forAnExistingConversion_isRefused409_andShownToAdmins()
      throws Exception {
    String lucysClick = shopNow();
    String leosClick = shopNow("leo");
    String tx = "order-" + UUID.randomUUID();
    JsonObject lucys = ok(postback(lucysClick, tx, "100.00", "10.00", "pending", SECRET));

    HttpResponse<String> takeover = postback(leosClick, tx, "100.00", "10.00", "approved", SECRET);
    assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(409);
    assertThat(takeover.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(status(lucys)).as("not confirmed by another click").isEqualTo("PENDING");
    assertThat(myTransactions("leo")).doesNotContain(tx);

    String refusals = refusedPostbacks(tx);
    assertThat(refusals).contains(tx).contains(leosClick).contains("another click");
    assertThat(refusals)
        .as("kept as the conversion it would have been: its key, the click's learner, the network")
        .contains("\"purchaseId\":\"network:demo-network:" + tx + "\"")
        .contains("\"userId\":\"leo\"")
        .contains("\"networkCode\":\"demo-network\"");
    String page = "/cashback/admin/refused-events.xhtml";
    assertThat(signedIn("admin", page).get(page).body())
        .as("the Refused events page lists it")
        .contains(tx)
        .contains(leosClick);

    // Nor can the conversion's own click report it in another currency.
    HttpResponse<String> otherCurrency =
        post(
            API + "/networks/demo-network/postback",
            form(lucysClick, tx, "100.00", "10.00", "approved", SECRET)
                .replace("currency=USD", "currency=EUR"));
    assertThat(otherCurrency.statusCode()).as(otherCurrency.body()).isEqualTo(409);
    assertThat(status(lucys)).isEqualTo("PENDING");
    assertThat(refusedPostbacks(tx)).contains("recorded in USD, not EUR");

    // The conversion's own click still confirms it.
    assertThat(
            ok(postback(lucysClick, tx, "100.00", "10.00", "approved", SECRET)).getString("status"))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void approvedClaim_neitherAttachesTo_norIsTakenOverBy_anotherClicksConversion() throws Exception {
    String leosConverted = shopNow("leo");
    String leosLater = shopNow("leo");
    String lucysFirst = shopNow();
    String lucysSecond = shopNow();
    String lucysThird = shopNow();
    String leosOrder = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    ok(postback(leosConverted, leosOrder, "100.00", "10.00", "pending", SECRET));
    control("advance&days=3");
    ApiClient admin = new ApiClient(base, "admin");

    // Lucy claims Leo's order on her click: approving it must not attach to his conversion.
    long onLeosOrder = claim(lucysFirst, leosOrder, "100.00");
    HttpResponse<String> attach =
        admin.post(API + "/networks/claims/" + onLeosOrder + "/approve", "{\"commission\":10.00}");
    assertThat(attach.statusCode()).as(attach.body()).isEqualTo(422);
    assertThat(attach.body()).contains("already earned cashback");
    assertThat(claimStatus(lucysFirst)).isEqualTo("OPEN");

    // The approval is bounded by the claim: its amount and currency.
    String order = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    long claim = claim(lucysSecond, order, "50.00");
    String approve = API + "/networks/claims/" + claim + "/approve";
    HttpResponse<String> tooMuch = admin.post(approve, "{\"commission\":50.01}");
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(400);
    assertThat(ApiClient.object(tooMuch).getJsonObject("errors").getString("commission"))
        .contains("50.00 USD");
    HttpResponse<String> otherCurrency =
        admin.post(approve, "{\"commission\":5.00,\"currency\":\"KWD\"}");
    assertThat(otherCurrency.statusCode()).as(otherCurrency.body()).isEqualTo(400);
    assertThat(ApiClient.object(otherCurrency).getJsonObject("errors").getString("currency"))
        .contains("USD");
    HttpResponse<String> approved =
        admin.post(approve, "{\"commission\":5.00,\"currency\":\"USD\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    long lucysTx = ApiClient.object(approved).getJsonNumber("transactionId").longValue();

    // Leo's postback for the order Lucy claimed cannot take her conversion over (nor confirm it).
    HttpResponse<String> takeover = postback(leosLater, order, "50.00", "5.00", "approved", SECRET);
    assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(409);
    assertThat(transactionStatus(lucysTx)).isEqualTo("PENDING");
    assertThat(refusedPostbacks(order)).contains(order).contains(leosLater);

    // A claim whose click converted meanwhile is not turned into a second cashback.
    long late = claim(lucysThird, "BN-" + UUID.randomUUID().toString().substring(0, 8), "30.00");
    ok(postback(lucysThird, "order-" + UUID.randomUUID(), "30.00", "3.00", "pending", SECRET));
    HttpResponse<String> twice =
        admin.post(API + "/networks/claims/" + late + "/approve", "{\"commission\":3.00}");
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(422);
    assertThat(twice.body()).contains("already earned cashback");
  }

  @Test
  void disabledLearner_earnsNothingFromShops_untilEnabled() throws Exception {
    String click = shopNow();
    ApiClient admin = new ApiClient(base, "admin");
    assertThat(admin.post(API + "/history/lucy/disable", "{\"reason\":\"Abuse\"}").statusCode())
        .isEqualTo(200);
    try {
      HttpResponse<String> refused =
          postback(click, "order-" + UUID.randomUUID(), "100", "10", "pending", SECRET);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    } finally {
      admin.post(API + "/history/lucy/enable", "{\"reason\":\"Cleared\"}");
    }
    assertThat(
            postback(click, "order-" + UUID.randomUUID(), "100", "10", "pending", SECRET)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void clickHistory_isForAdmins_withTheTermsOfTheMoment() throws Exception {
    String click = shopNow();
    String history = new ApiClient(base, "admin").get(API + "/networks/clicks?user=lucy").body();
    assertThat(history).contains(click).contains("\"sharePercent\":80").contains("Book Nook");
    assertThat(new ApiClient(base, "lucy").get(API + "/networks/clicks").statusCode())
        .isEqualTo(403);
    assertThat(new ApiClient(base, "lucy").get(API + "/networks").statusCode()).isEqualTo(403);
  }

  @Test
  void missingCashbackClaim_withinItsWindow_approvedByAnAdmin_exportedPerNetwork()
      throws Exception {
    String click = shopNow();
    // An order id a spreadsheet would read as a formula: the export must defuse it.
    String order = "=BN-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"clickId\":\""
            + click
            + "\",\"orderId\":\""
            + order
            + "\",\"amount\":120.00,\"currency\":\"USD\"}";
    ApiClient lucy = new ApiClient(base, "lucy");
    assertThat(lucy.post(API + "/wallets/me/claims", body).statusCode())
        .as("too soon after the click")
        .isEqualTo(422);
    assertThat(new ApiClient(base, "leo").post(API + "/wallets/me/claims", body).statusCode())
        .as("not leo's click")
        .isEqualTo(404);

    control("advance&days=3");
    HttpResponse<String> claimed = lucy.post(API + "/wallets/me/claims", body);
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
    long claim = ApiClient.object(claimed).getJsonNumber("id").longValue();
    assertThat(lucy.post(API + "/wallets/me/claims", body).statusCode()).isEqualTo(422);

    ApiClient admin = new ApiClient(base, "admin");
    HttpResponse<String> approved =
        admin.post(API + "/networks/claims/" + claim + "/approve", "{\"commission\":12.00}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    JsonObject decided = ApiClient.object(approved);
    assertThat(decided.getString("status")).isEqualTo("APPROVED");
    JsonObject tx =
        ApiClient.object(
            admin.get(API + "/transactions/" + decided.getJsonNumber("transactionId").longValue()));
    assertThat(tx.getString("status")).isEqualTo("PENDING");
    assertThat(tx.getJsonNumber("cashbackAmount").bigDecimalValue())
        .as("80% of the 12.00 commission")
        .isEqualByComparingTo("9.60");
    assertThat(tx.getString("source")).isEqualTo("MISSING_CASHBACK_CLAIM");
    assertThat(tx.getJsonNumber("networkId").longValue()).isEqualTo(-1);
    assertThat(tx.containsKey("ruleId") && !tx.isNull("ruleId")).as("no rule").isFalse();
    assertThat(
            admin
                .post(API + "/networks/claims/" + claim + "/reject", "{\"reason\":\"late\"}")
                .statusCode())
        .isEqualTo(422);

    HttpResponse<String> csv = admin.get(API + "/networks/claims/export?network=demo-network");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv");
    assertThat(csv.body())
        .startsWith("\uFEFF\"claim\",\"click\",\"user\",\"order\"")
        .contains("\"'" + order + "\"")
        .contains("APPROVED");
    // The network's own postback for the same order later changes nothing twice.
    JsonObject postback = ok(postback(click, order, "120.00", "12.00", "approved", SECRET));
    assertThat(postback.getJsonNumber("transactionId").longValue())
        .isEqualTo(decided.getJsonNumber("transactionId").longValue());
    assertThat(postback.getString("status")).isEqualTo("CONFIRMED");
  }

  @Test
  void missingCashbackPages_claimWithMessagesBesideTheFields_approvedInTheDialog_exported()
      throws Exception {
    String click = shopNow();
    String learnerPage = "/cashback/learner/missing-cashback.xhtml";
    Browser lucy = signedIn("lucy", learnerPage);
    assertThat(lucy.get(learnerPage).body()).contains(click).contains("Not yet: too early");
    assertThat(signedIn("leo", learnerPage).get(learnerPage).body())
        .as("another learner's page")
        .doesNotContain(click);

    control("advance&days=3");
    String page = lucy.get(learnerPage).body();
    assertThat(page).contains(click).contains("Yes, until");
    String state = Browser.viewState(page);

    // Bad input: each problem beside its field, nothing stored.
    String refused = lucy.postAjax(learnerPage, claimForm(state, click, " ", "0", "XX")).body();
    assertThat(refused)
        .contains("order number (at most 60 characters).")
        .contains("amount, more than zero.")
        .contains("Give an ISO 4217 currency such as USD.")
        .doesNotContain("Claim sent");
    assertThat(new ApiClient(base, "lucy").get(API + "/wallets/me/claims").body())
        .doesNotContain(click);

    String order = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    String sent =
        lucy.postAjax(
                learnerPage, claimForm(Browser.viewState(refused), click, order, "80.00", "USD"))
            .body();
    assertThat(sent).contains("Claim sent").contains(order);
    assertThat(lucy.get(learnerPage).body())
        .contains("No: already claimed")
        .contains("cb-status-OPEN");
    JsonObject stored =
        ApiClient.array(new ApiClient(base, "lucy").get(API + "/wallets/me/claims")).stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("clickId").equals(click))
            .findFirst()
            .orElseThrow();
    assertThat(stored.getString("orderId")).isEqualTo(order);
    assertThat(stored.getJsonNumber("orderAmount").bigDecimalValue()).isEqualByComparingTo("80");

    // The admin filters the list, refuses a zero commission, then approves with 10.00.
    String adminPage = "/cashback/admin/claims.xhtml";
    Browser admin = signedIn("admin", adminPage);
    String list = admin.get(adminPage).body();
    assertThat(list).contains(order);
    String filtered =
        admin
            .postAjax(
                adminPage,
                ajax(Browser.viewState(list), "filter", "filter:apply", "claims:claimTable")
                    + "&filter%3Anetwork_input=demo-network&filter%3Astatus_input=OPEN"
                    + "&filter%3Auser=lucy")
            .body();
    assertThat(filtered).contains(order);
    String row = filtered.substring(0, filtered.indexOf(order));
    Matcher index = Pattern.compile("data-ri=\"(\\d+)\"").matcher(row);
    String ri = null;
    while (index.find()) {
      ri = index.group(1);
    }
    assertThat(ri).as(filtered).isNotNull();
    String button = "claims:claimTable:" + ri + ":approve";
    String selected =
        admin
            .postAjax(adminPage, ajax(Browser.viewState(filtered), "claims", button, "approveForm"))
            .body();
    assertThat(selected)
        .contains(order)
        .contains("lucy")
        .as("the claim's amount and currency, and the commission's currency")
        .contains("80.00 USD")
        .contains("Commission (USD)");
    String tooMuch =
        admin.postAjax(adminPage, approveForm(Browser.viewState(selected), "80.01")).body();
    assertThat(tooMuch).contains("at most the order amount, 80.00 USD");
    assertThat(claimStatus(click)).isEqualTo("OPEN");
    String zero = admin.postAjax(adminPage, approveForm(Browser.viewState(tooMuch), "0")).body();
    assertThat(zero).contains("Give the commission, more than zero.");
    assertThat(claimStatus(click)).isEqualTo("OPEN");
    String approved =
        admin.postAjax(adminPage, approveForm(Browser.viewState(zero), "10.00")).body();
    assertThat(approved).contains("Approved");
    assertThat(claimStatus(click)).isEqualTo("APPROVED");
    assertThat(lucy.get(learnerPage).body())
        .as("80% of the 10.00 commission, pending")
        .contains("8.00")
        .contains("cb-status-APPROVED")
        .contains("Pending");

    // The page's export is the API's CSV for the chosen network.
    HttpResponse<byte[]> csv =
        admin.postForm(
            adminPage,
            "filter=filter&filter%3Anetwork_input=demo-network&filter%3Astatus_input="
                + "&filter%3Auser=&filter%3Aexport=&jakarta.faces.ViewState="
                + enc(Browser.viewState(approved)));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .contains(order)
        .isEqualTo(
            new ApiClient(base, "admin")
                .get(API + "/networks/claims/export?network=demo-network")
                .body());
  }

  @Test
  void convertedClick_isShownAsConverted_andCannotBeClaimed() throws Exception {
    String click = shopNow();
    ok(postback(click, "order-" + UUID.randomUUID(), "50.00", "5.00", "pending", SECRET));
    control("advance&days=3");
    String page = "/cashback/learner/missing-cashback.xhtml";
    String body = signedIn("lucy", page).get(page).body();
    assertThat(body).contains(click).contains("No: this click already earned cashback");
    HttpResponse<String> refused =
        new ApiClient(base, "lucy")
            .post(
                API + "/wallets/me/claims",
                "{\"clickId\":\""
                    + click
                    + "\",\"orderId\":\"X-1\",\"amount\":50.00,\"currency\":\"USD\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
  }

  @Test
  void unverifiedLearner_cannotShopWithCashback_andNothingIsRecorded() throws Exception {
    String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String user =
        control(
            "signup&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&ip=2001:db8:9::"
                + Integer.toHexString((int) (Math.random() * 60000))
                + "&device="
                + UUID.randomUUID());
    assertThat(user).isEqualTo(email);

    HttpResponse<byte[]> answer = pressShopNow(user);
    assertThat(answer.headers().firstValue("Location")).as("no redirect to the shop").isEmpty();
    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
        .as("the growl (its script escapes dashes)")
        .contains("address first", "Open the link we sent you");
    assertThat(
            new ApiClient(base, "admin")
                .get(
                    API
                        + "/networks/clicks?user="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8))
                .body())
        .as("no click recorded")
        .doesNotContain(user);
  }

  // --- helpers

  /** Lucy presses Shop now on the first store; returns the click id the store receives. */
  private String shopNow() throws Exception {
    return shopNow("lucy");
  }

  private String shopNow(String learner) throws Exception {
    HttpResponse<byte[]> redirect = pressShopNow(learner);
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("https://shop.example/book-nook?subid=");
    return location.substring(location.indexOf("subid=") + "subid=".length());
  }

  /** {@code user} (password demo1234) presses Shop now on the first store. */
  private HttpResponse<byte[]> pressShopNow(String user) throws Exception {
    Browser learner = new Browser(base);
    learner.signIn(user, "demo1234", "/stores.xhtml");
    String page = learner.get("/stores.xhtml").body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(page);
    assertThat(state.find()).as(page).isTrue();
    return learner.postForm(
        "/stores.xhtml",
        "stores=stores&stores%3Alist%3A0%3AshopNow=Shop+now&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
  }

  private HttpResponse<String> postback(
      String click, String tx, String sale, String commission, String status, String secret)
      throws Exception {
    return post(
        API + "/networks/demo-network/postback", form(click, tx, sale, commission, status, secret));
  }

  private static String form(
      String click, String tx, String sale, String commission, String status, String secret) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("click_id", click);
    fields.put("transaction_id", tx);
    fields.put("sale_amount", sale);
    fields.put("commission", commission);
    fields.put("currency", "USD");
    fields.put("status", status);
    fields.put("secret", secret);
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.object(response);
  }

  /**
   * The admins' list of refused events, postbacks only, whose id starts with the network's
   * transaction id (or the click id); checked to answer 200, so an unknown kind cannot pass as an
   * empty list.
   */
  private String refusedPostbacks(String transactionId) throws Exception {
    HttpResponse<String> list =
        new ApiClient(base, "admin")
            .get(
                API
                    + "/refused-events?kind=POSTBACK&limit=200&id="
                    + URLEncoder.encode(transactionId, StandardCharsets.UTF_8));
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return list.body();
  }

  private String status(JsonObject conversion) throws Exception {
    return transactionStatus(conversion.getJsonNumber("transactionId").longValue());
  }

  private String transactionStatus(long id) throws Exception {
    return transaction(id).getString("status");
  }

  private JsonObject transaction(long id) throws Exception {
    return ApiClient.object(new ApiClient(base, "admin").get(API + "/transactions/" + id));
  }

  private String myTransactions(String learner) throws Exception {
    return new ApiClient(base, learner).get(API + "/wallets/me/transactions?limit=200").body();
  }

  /** Lucy's claim of missing cashback on her click, in USD; returns its id. */
  private long claim(String click, String order, String amount) throws Exception {
    HttpResponse<String> claimed =
        new ApiClient(base, "lucy")
            .post(
                API + "/wallets/me/claims",
                "{\"clickId\":\""
                    + click
                    + "\",\"orderId\":\""
                    + order
                    + "\",\"amount\":"
                    + amount
                    + ",\"currency\":\"USD\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
    return ApiClient.object(claimed).getJsonNumber("id").longValue();
  }

  /** Disables or enables the demo network as an admin would, keeping its other settings. */
  private void networkEnabled(boolean enabled) throws Exception {
    ApiClient admin = new ApiClient(base, "admin");
    JsonObject demo =
        ApiClient.array(admin.get(API + "/networks")).stream()
            .map(v -> v.asJsonObject())
            .filter(n -> n.getString("code").equals("demo-network"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> saved =
        admin.put(
            API + "/networks/" + demo.getJsonNumber("id").longValue(),
            "{\"code\":\"demo-network\",\"name\":\""
                + demo.getString("name")
                + "\",\"postbackSecret\":\""
                + SECRET
                + "\",\"confirmDays\":"
                + demo.getInt("confirmDays")
                + ",\"userSharePercent\":"
                + demo.getJsonNumber("userSharePercent")
                + ",\"enabled\":"
                + enabled
                + "}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  private BigDecimal available() throws Exception {
    return ApiClient.object(new ApiClient(base, "lucy").get(API + "/wallets/me"))
        .getJsonArray("balances")
        .stream()
        .map(b -> b.asJsonObject())
        .filter(b -> b.getString("currency").equals("USD"))
        .map(b -> b.getJsonNumber("available").bigDecimalValue())
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private Browser signedIn(String user, String next) throws Exception {
    Browser browser = new Browser(base);
    browser.signIn(user, "demo1234", next);
    return browser;
  }

  /** A PrimeFaces AJAX postback of one form, pressed by {@code source}. */
  private static String ajax(String state, String form, String source, String render) {
    return "jakarta.faces.partial.ajax=true&jakarta.faces.source="
        + enc(source)
        + "&jakarta.faces.partial.execute="
        + enc(source.startsWith(form + ":claimTable") ? source : form)
        + "&jakarta.faces.partial.render="
        + enc(render + " cb-messages")
        + "&"
        + enc(source)
        + "="
        + enc(source)
        + "&"
        + form
        + "="
        + form
        + "&jakarta.faces.ViewState="
        + enc(state);
  }

  private static String claimForm(
      String state, String click, String order, String amount, String currency) {
    return ajax(state, "claimForm", "claimForm:submit", "claimForm mine:claimTable")
        + "&claimForm%3Aclick_input="
        + enc(click)
        + "&claimForm%3AorderId="
        + enc(order)
        + "&claimForm%3Aamount_input="
        + enc(amount)
        + "&claimForm%3Aamount_hinput="
        + enc(amount)
        + "&claimForm%3Acurrency="
        + enc(currency);
  }

  private static String approveForm(String state, String commission) {
    return ajax(state, "approveForm", "approveForm:confirmApprove", "approveForm claims:claimTable")
        + "&approveForm%3Acommission_input="
        + enc(commission)
        + "&approveForm%3Acommission_hinput="
        + enc(commission);
  }

  private String claimStatus(String click) throws Exception {
    return ApiClient.array(new ApiClient(base, "admin").get(API + "/networks/claims")).stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("clickId").equals(click))
        .findFirst()
        .orElseThrow()
        .getString("status");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String control(String action) throws Exception {
    return http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base.toString().replaceAll("/$", "") + "/test-control?action=" + action))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
