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
@ExtendWith(ArquillianExtension.class)
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
  void ledgerStaysSound() throws Exception {
    assertThat(control("audit")).as("ledger audit").isEmpty();
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
    assertThat(
            admin
                .post(API + "/networks/claims/" + claim + "/reject", "{\"reason\":\"late\"}")
                .statusCode())
        .isEqualTo(422);

    HttpResponse<String> csv = admin.get(API + "/networks/claims/export?network=demo-network");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv");
    assertThat(csv.body())
        .startsWith("claim,click,user,order")
        .contains("\"'" + order + "\"")
        .contains("APPROVED");
    // The network's own postback for the same order later changes nothing twice.
    JsonObject postback = ok(postback(click, order, "120.00", "12.00", "approved", SECRET));
    assertThat(postback.getJsonNumber("transactionId").longValue())
        .isEqualTo(decided.getJsonNumber("transactionId").longValue());
    assertThat(postback.getString("status")).isEqualTo("CONFIRMED");
  }

  // --- helpers

  /** Lucy presses Shop now on the first store; returns the click id the store receives. */
  private String shopNow() throws Exception {
    Browser lucy = new Browser(base);
    lucy.signIn("lucy", "demo1234", "/stores.xhtml");
    String page = lucy.get("/stores.xhtml").body();
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(page);
    assertThat(state.find()).as(page).isTrue();
    HttpResponse<byte[]> redirect =
        lucy.postForm(
            "/stores.xhtml",
            "stores=stores&stores%3Alist%3A0%3AshopNow=Shop+now&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("https://shop.example/book-nook?subid=");
    return location.substring(location.indexOf("subid=") + "subid=".length());
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

  private String status(JsonObject conversion) throws Exception {
    return ApiClient.object(
            new ApiClient(base, "admin")
                .get(
                    API + "/transactions/" + conversion.getJsonNumber("transactionId").longValue()))
        .getString("status");
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
