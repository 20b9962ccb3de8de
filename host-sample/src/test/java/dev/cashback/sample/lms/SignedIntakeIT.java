package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static dev.cashback.sample.lms.ApiClient.now;
import static dev.cashback.sample.lms.ApiClient.sign;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signed intake as a host outside the JVM uses it. A refused request stores nothing: sending
 * the same event id correctly afterwards is still accepted, not a replay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignedIntakeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void signedPurchase_acceptedOnce_replayRefused() throws Exception {
    String body = purchase(UUID.randomUUID().toString(), "59.99");
    HttpResponse<String> first = post("/purchases", body, now(), sign(now(), body));
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.body()).contains("\"accepted\"");
    assertProblem(post("/purchases", body, now(), sign(now(), body)), 409);
  }

  @Test
  void refusedRequests_areProblemsAndStoreNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    String body = purchase(id, "20.00");
    long stale = now() - 360; // well past the 300 s window, whatever the two clocks say

    assertProblem(post("/purchases", body, now(), sign(now(), body) + "00"), 401);
    assertProblem(post("/purchases", body, stale, sign(stale, body)), 401);
    assertProblem(post("/purchases", body, now() + 360, sign(now() + 360, body)), 401);
    assertProblem(post("/purchases", body, now(), null), 401);
    String tampered = body.replace("20.00", "2000.00");
    assertProblem(post("/purchases", tampered, now(), sign(now(), body)), 401);
    String oversized =
        body.replace("\"title\":\"SQL Deep Dive\"", "\"title\":\"" + "x".repeat(70_000) + "\"");
    assertProblem(post("/purchases", oversized, now(), sign(now(), oversized)), 413);
    for (String malformed :
        new String[] {
          "{\"purchaseId\": ",
          "",
          "[]",
          purchase(id, "-5.00"),
          purchase(id, "0").replace("\"total\":0", "\"total\":0"),
          purchase(id, "1e30"),
          purchase(id, "\"twenty\""),
          purchase(id, "20.00").replace("\"USD\"", "\"ABC\""),
          purchase(id, "20.00").replace("\"total\":20.00", "\"total\":25.00"),
          purchase(id, "20.00").replace("SQL Deep Dive", "<script>alert(1)</script>"),
          purchase(id, "20.00").replace("\"lucy\"", "\"" + "u".repeat(101) + "\""),
          purchase(id, "20.00").replace("\"quantity\":1", "\"quantity\":0"),
        }) {
      assertProblem(post("/purchases", malformed, now(), sign(now(), malformed)), 400);
    }

    HttpResponse<String> valid = post("/purchases", body, now(), sign(now(), body));
    assertThat(valid.statusCode()).isEqualTo(202);
    assertThat(valid.body()).contains("\"accepted\"");
  }

  @Test
  void signedRefund_acceptedOnce_checkedAgainstItsAddress() throws Exception {
    String purchaseId = UUID.randomUUID().toString();
    String purchase = purchase(purchaseId, "40.00");
    assertThat(post("/purchases", purchase, now(), sign(now(), purchase)).statusCode())
        .isEqualTo(202);
    String refundId = UUID.randomUUID().toString();
    String refund = refund(refundId, purchaseId, "10.00");
    String path = "/purchases/" + purchaseId + "/refunds";

    assertProblem(post(path, refund, now(), sign(now(), refund) + "0"), 401);
    assertProblem(post("/purchases/another/refunds", refund, now(), sign(now(), refund)), 400);
    String negative = refund(refundId, purchaseId, "-1");
    assertProblem(post(path, negative, now(), sign(now(), negative)), 400);
    String zero = refund(refundId, purchaseId, "0");
    assertProblem(post(path, zero, now(), sign(now(), zero)), 400);
    String wrongCurrency = refund.replace("\"USD\"", "\"EURO\"");
    assertProblem(post(path, wrongCurrency, now(), sign(now(), wrongCurrency)), 400);

    HttpResponse<String> accepted = post(path, refund, now(), sign(now(), refund));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertProblem(post(path, refund, now(), sign(now(), refund)), 409);
  }

  @Test
  void signedRefund_inAnotherCurrencyThanItsPurchase_isRefusedNamingTheCurrency() throws Exception {
    String purchaseId = UUID.randomUUID().toString();
    String purchase = purchase(purchaseId, "100.00");
    assertThat(post("/purchases", purchase, now(), sign(now(), purchase)).statusCode())
        .isEqualTo(202);
    String path = "/purchases/" + purchaseId + "/refunds";
    String refundId = UUID.randomUUID().toString();
    String inYen = refund(refundId, purchaseId, "100").replace("\"USD\"", "\"JPY\"");

    HttpResponse<String> refused = post(path, inYen, now(), sign(now(), inYen));
    assertProblem(refused, 400);
    assertThat(refused.body()).contains("\"currency\"", "JPY", "USD");
    String inDollars = refund(refundId, purchaseId, "10.00");
    assertThat(post(path, inDollars, now(), sign(now(), inDollars)).statusCode())
        .as("the refused refund stored nothing: its id is still free")
        .isEqualTo(202);
  }

  @Test
  void bodiesFarOverTheLimit_areRefusedAtOnce_withoutFillingMemory() throws Exception {
    URI api = URI.create(base.toString().replaceAll("/$", "") + API + "/purchases");
    ExecutorService senders = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(senders.submit(() -> OversizedBody.send(api, 300L << 20, false)));
      }
      answers.add(senders.submit(() -> OversizedBody.send(api, 300L << 20, true)));
      for (Future<String> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
      }
    } finally {
      senders.shutdownNow();
    }
    String body = purchase(UUID.randomUUID().toString(), "15.00");
    HttpResponse<String> after = post("/purchases", body, now(), sign(now(), body));
    assertThat(after.statusCode()).as("the server answers normally afterwards").isEqualTo(202);
  }

  @Test
  void hostWithASecretOfItsOwn_signsWithThatSecretOnly() throws Exception {
    String body = purchase(UUID.randomUUID().toString(), "12.00");
    long at = now();
    assertProblem(post("/purchases", body, at, sign(at, body), "php-shop"), 401);
    assertProblem(
        post("/purchases", body, at, ApiClient.sign("php-shop-secret", at, body), "no-such-host"),
        401);
    assertProblem(
        post("/purchases", body, at, ApiClient.sign("php-shop-secret", at, body), null), 401);
    HttpResponse<String> accepted =
        post("/purchases", body, at, ApiClient.sign("php-shop-secret", at, body), "php-shop");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
  }

  @Test
  void readmeCurlExample_isAccepted() throws Exception {
    String output =
        ReadmeExamples.run(
            "signed-intake-example",
            Map.of("BASE", base.toString().replaceAll("/$", ""), "SECRET", ApiClient.SECRET));
    assertThat(output).contains("\"status\":\"accepted\"");
  }

  @Test
  void purchaseBatch_eachAcceptedOnce_refusalsHoldNothingBack_aResentBatchChangesNothing()
      throws Exception {
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    String batch =
        "{\"purchases\":["
            + String.join(
                ",",
                purchase(first, "20.00"),
                purchase(second, "30.00"),
                purchase(first, "20.00"),
                purchase(UUID.randomUUID().toString(), "-5.00"),
                "{\"purchaseId\":\"half\",\"items\":[]}")
            + "]}";
    HttpResponse<String> answer = post("/purchases/batch", batch, now(), sign(now(), batch));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"accepted\":2", "\"duplicates\":1", "\"refused\":2")
        .contains("\"index\":3", "\"half\"")
        .doesNotContain("Exception");

    HttpResponse<String> again = post("/purchases/batch", batch, now(), sign(now(), batch));
    assertThat(again.body()).contains("\"accepted\":0", "\"duplicates\":3", "\"refused\":2");
    String single = purchase(first, "20.00");
    assertProblem(post("/purchases", single, now(), sign(now(), single)), 409);

    assertProblem(post("/purchases/batch", batch, now(), sign(now(), batch) + "00"), 401);
    assertProblem(
        post("/purchases/batch", "{\"purchases\":[]}", now(), sign(now(), "{\"purchases\":[]}")),
        400);
    String tooMany =
        "{\"purchases\":["
            + String.join(",", java.util.Collections.nCopies(501, purchase(first, "20.00")))
            + "]}";
    assertProblem(post("/purchases/batch", tooMany, now(), sign(now(), tooMany)), 400);
  }

  @Test
  void sameBatchSentTwiceAtOnce_eachPurchaseAcceptedOnce() throws Exception {
    List<String> purchases = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      purchases.add(purchase(UUID.randomUUID().toString(), "10.00"));
    }
    String batch = "{\"purchases\":[" + String.join(",", purchases) + "]}";
    ExecutorService senders = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sent.add(senders.submit(() -> post("/purchases/batch", batch, now(), sign(now(), batch))));
      }
      int accepted = 0;
      for (Future<HttpResponse<String>> answer : sent) {
        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        java.util.regex.Matcher count =
            java.util.regex.Pattern.compile("\"accepted\":(\\d+)").matcher(response.body());
        assertThat(count.find()).isTrue();
        accepted += Integer.parseInt(count.group(1));
      }
      assertThat(accepted).as("accepted across the four sends").isEqualTo(60);
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void refundBatch_eachOnItsOwn() throws Exception {
    String purchaseId = UUID.randomUUID().toString();
    String purchase = purchase(purchaseId, "40.00");
    assertThat(post("/purchases", purchase, now(), sign(now(), purchase)).statusCode())
        .isEqualTo(202);
    String refund =
        "{\"refundId\":\"r-"
            + purchaseId
            + "\",\"purchaseId\":\""
            + purchaseId
            + "\",\"amount\":10.00,\"currency\":\"USD\",\"reason\":\"Partial\","
            + "\"occurredAt\":\"2026-03-01T10:00:00Z\"}";
    String batch =
        "{\"refunds\":["
            + String.join(",", refund, refund, refund.replace("10.00", "0").replace("\"r-", "\"z-"))
            + "]}";
    HttpResponse<String> answer =
        post("/purchases/refunds/batch", batch, now(), sign(now(), batch));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"accepted\":1", "\"duplicates\":1", "\"refused\":1");
    assertThat(post("/purchases/refunds/batch", batch, now(), sign(now(), batch)).body())
        .contains("\"accepted\":0", "\"duplicates\":2");
  }

  @Test
  void signedProgress_keepsTheHighest_badValuesRefusedWithTheField() throws Exception {
    String learner = "progress-" + UUID.randomUUID();
    String forty = progress(learner, "40");
    HttpResponse<String> first = post("/progress", forty, now(), sign(now(), forty));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"advanced\":true").contains("\"confirmed\":0");
    HttpResponse<String> again = post("/progress", forty, now(), sign(now(), forty));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"advanced\":false");
    String late = progress(learner, "20");
    assertThat(post("/progress", late, now(), sign(now(), late)).body())
        .contains("\"advanced\":false");

    assertProblem(post("/progress", forty, now(), sign(now(), forty) + "00"), 401);
    assertProblem(post("/progress", forty, now(), null), 401);
    for (String refused :
        new String[] {
          progress(learner, "101"),
          progress(learner, "-1"),
          progress(learner, "50.5"),
          progress(learner, "null"),
          progress(learner, "\"half\""),
          progress("<b>" + learner + "</b>", "50"),
          progress("x".repeat(101), "50"),
          forty.replace(",\"occurredAt\":\"2026-03-01T09:30:00Z\"", "")
        }) {
      assertProblem(post("/progress", refused, now(), sign(now(), refused)), 400);
    }
    String sixty = progress(learner, "60");
    assertThat(post("/progress", sixty, now(), sign(now(), sixty)).body())
        .as("refused reports changed nothing")
        .contains("\"advanced\":true");
  }

  private static String progress(String learner, String percent) {
    return "{\"userId\":\""
        + learner
        + "\",\"courseId\":\"sql-deep-dive\",\"percentComplete\":"
        + percent
        + ",\"occurredAt\":\"2026-03-01T09:30:00Z\"}";
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(response.body()).contains("\"detail\"").doesNotContain("Exception", "\tat ");
  }

  private HttpResponse<String> post(String path, String body, long timestamp, String signature)
      throws Exception {
    return post(path, body, timestamp, signature, null);
  }

  private HttpResponse<String> post(
      String path, String body, long timestamp, String signature, String host) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + API + path))
            .header("Content-Type", "application/json")
            .header("X-Cashback-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Cashback-Signature", signature);
    }
    if (host != null) {
      request.header("X-Cashback-Host", host);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String purchase(String id, String price) {
    return "{\"purchaseId\":\""
        + id
        + "\",\"buyer\":{\"userId\":\"lucy\",\"displayName\":\"Lucy Learner\"},"
        + "\"items\":[{\"type\":\"COURSE\",\"targetId\":\"sql-deep-dive\",\"title\":\"SQL Deep Dive\","
        + "\"unitPrice\":"
        + price
        + ",\"quantity\":1}],\"currency\":\"USD\","
        + "\"occurredAt\":\""
        + Instant.now()
        + "\",\"total\":"
        + price
        + "}";
  }

  private static String refund(String refundId, String purchaseId, String amount) {
    return "{\"refundId\":\""
        + refundId
        + "\",\"purchaseId\":\""
        + purchaseId
        + "\",\"amount\":"
        + amount
        + ",\"currency\":\"USD\",\"reason\":\"Customer request\",\"occurredAt\":\""
        + Instant.now()
        + "\"}";
  }
}
