package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who referred whom, over HTTP: the admin's list with its filters, paging and each referee's
 * progress; the referrer's own list on the API and on My cashback with every referee's address
 * masked; and learners refused the admin's list.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
@RunAsClient
class ReferralListsIT {

  private static final AtomicInteger NEXT_IP = new AtomicInteger((int) (Math.random() * 60000));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin().addClass(TestControlServlet.class);
  }

  @ArquillianResource URL base;

  @AfterEach
  void clockBack() throws Exception {
    control("reset");
  }

  @Test
  void adminSeesEveryReferralWithProgress_referrerSeesOnlyMaskedAddresses() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String referrer = signUp("ref-" + tag + "@example.com", null);
    JsonObject none = ApiClient.object(as(referrer).get(API + "/wallets/me/referrals"));
    String code = none.getString("code");
    assertThat(code).hasSize(8);
    assertThat(none.getJsonArray("referrals")).isEmpty();

    String anna = signUp("anna-" + tag + "@example.com", code);
    String bert = signUp("bert-" + tag + "@example.com", code);
    buy(anna, "32.00");
    control("advance&days=15"); // the purchase's hold is over: it counts, 32.00 of 50.00

    ApiClient admin = new ApiClient(base, "admin");
    JsonObject byReferrer = ok(admin.get(API + "/referrals?user=REF-" + tag));
    assertThat(byReferrer.getInt("total")).isEqualTo(2);
    JsonArray rows = byReferrer.getJsonArray("items");
    assertThat(rows.getJsonObject(0).getString("refereeId")).as("latest first").isEqualTo(bert);
    JsonObject annas = rows.getJsonObject(1);
    assertThat(annas.getString("refereeId")).isEqualTo(anna);
    assertThat(annas.getString("referrerId")).isEqualTo(referrer);
    assertThat(annas.getString("code")).isEqualTo(code);
    assertThat(annas.getString("status")).isEqualTo("WAITING");
    assertThat(annas.getString("currency")).isEqualTo("USD");
    assertThat(annas.getJsonNumber("confirmedPurchases").bigDecimalValue())
        .isEqualByComparingTo("32.00");
    assertThat(annas.getJsonNumber("qualifyingAmount").bigDecimalValue())
        .isEqualByComparingTo("50.00");
    assertThat(annas.getJsonNumber("joiningBonus").bigDecimalValue()).isEqualByComparingTo("5");
    assertThat(annas.getJsonNumber("referrerBonus").bigDecimalValue()).isEqualByComparingTo("10");
    assertThat(annas.containsKey("joinedAt") && annas.containsKey("qualifyUntil")).isTrue();
    assertThat(rows.getJsonObject(0).getJsonNumber("confirmedPurchases").bigDecimalValue())
        .isEqualByComparingTo("0");

    assertThat(refereesOf(admin, "?user=anna-" + tag)).containsExactly(anna);
    assertThat(refereesOf(admin, "?status=WAITING&user=ref-" + tag)).containsExactly(bert, anna);
    assertThat(refereesOf(admin, "?status=REWARDED&user=ref-" + tag)).isEmpty();
    assertThat(refereesOf(admin, "?status=EXPIRED&user=ref-" + tag)).isEmpty();
    assertThat(refereesOf(admin, "?user=ref-" + tag + "&limit=1")).containsExactly(bert);
    assertThat(refereesOf(admin, "?user=ref-" + tag + "&limit=1&offset=1")).containsExactly(anna);
    assertThat(admin.get(API + "/referrals?status=PAID").statusCode()).isEqualTo(400);
    assertThat(admin.get(API + "/referrals?offset=-1").statusCode()).isEqualTo(400);
    assertThat(admin.get(API + "/referrals?limit=201").statusCode()).isEqualTo(400);

    HttpResponse<String> mine = as(referrer).get(API + "/wallets/me/referrals");
    assertThat(mine.body()).doesNotContain(anna, bert, "refereeId", "referrerId");
    JsonObject myReferrals = ok(mine);
    assertThat(myReferrals.getString("code")).isEqualTo(code);
    JsonArray referees = myReferrals.getJsonArray("referrals");
    assertThat(referees).hasSize(2);
    assertThat(referees.getJsonObject(0).getString("referee")).isEqualTo("be***@example.com");
    JsonObject annaMasked = referees.getJsonObject(1);
    assertThat(annaMasked.getString("referee")).isEqualTo("an***@example.com");
    assertThat(annaMasked.getString("status")).isEqualTo("WAITING");
    assertThat(annaMasked.getJsonNumber("confirmedPurchases").bigDecimalValue())
        .isEqualByComparingTo("32.00");

    Browser page = new Browser(base);
    page.signIn(referrer, "demo1234", "/cashback/learner/my-cashback.xhtml");
    String myCashback = page.get("/cashback/learner/my-cashback.xhtml").body();
    assertThat(myCashback)
        .contains("Your referrals", code, "an***@example.com", "32.00 of 50.00 USD")
        .doesNotContain(anna, bert);

    // A referee sees their own (empty) list, never their referrer, and not the admin's list.
    HttpResponse<String> annasOwn = as(anna).get(API + "/wallets/me/referrals");
    assertThat(ok(annasOwn).getJsonArray("referrals")).isEmpty();
    assertThat(annasOwn.body()).doesNotContain(referrer);
    assertThat(as(anna).get(API + "/referrals").statusCode()).isEqualTo(403);
    assertThat(new ApiClient(base, "lena").get(API + "/referrals").statusCode()).isEqualTo(403);

    Browser adminPage = new Browser(base);
    adminPage.signIn("admin", "demo1234", "/cashback/admin/referrals.xhtml");
    HttpResponse<String> referralsPage = adminPage.get("/cashback/admin/referrals.xhtml");
    assertThat(referralsPage.statusCode()).isEqualTo(200);
    assertThat(referralsPage.body()).contains("Referrals", "Referee or referrer", "CSV");
  }

  // --- helpers

  private ApiClient as(String user) {
    return new ApiClient(base, user);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.object(response);
  }

  private static List<String> refereesOf(ApiClient admin, String query) throws Exception {
    return ok(admin.get(API + "/referrals" + query)).getJsonArray("items").stream()
        .map(row -> row.asJsonObject().getString("refereeId"))
        .toList();
  }

  /** A sign-up from a browser and address of its own, so no self-referral check trips. */
  private String signUp(String email, String code) throws Exception {
    String user =
        control(
            "signup&email="
                + encode(email)
                + (code == null ? "" : "&code=" + code)
                + "&ip="
                + encode("2001:db8::" + Integer.toHexString(NEXT_IP.incrementAndGet()))
                + "&device="
                + UUID.randomUUID());
    assertThat(user).isEqualTo(email);
    return user;
  }

  /** A course bought by {@code buyer} through the signed intake, once its cashback is granted. */
  private void buy(String buyer, String price) throws Exception {
    String purchase = UUID.randomUUID().toString();
    HttpResponse<String> posted =
        ApiClient.anonymous(base)
            .postSigned(
                API + "/purchases",
                ApiClient.purchase(purchase, buyer, "sql-deep-dive", "ivan", price),
                ApiClient.now());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    Instant deadline = Instant.now().plusSeconds(30);
    while (!as(buyer).get(API + "/wallets/me/transactions?limit=200").body().contains(purchase)) {
      assertThat(Instant.now()).as("cashback granted in time").isBefore(deadline);
      Thread.sleep(200); // granted in the background
    }
  }

  private String control(String action) throws Exception {
    return ApiClient.anonymous(base).post("/test-control?action=" + action, "").body();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
