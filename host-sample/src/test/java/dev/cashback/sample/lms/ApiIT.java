package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over HTTP as its callers use it: who may call what (every endpoint and page against
 * six callers), idempotency keys, CSRF on cookie-authenticated calls, the OpenAPI document, health
 * and metrics, and bad input that must change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  private static final String LEARNER_A = "lena";
  private static final String LEARNER_B = "leo";
  private static final String COURSE_INSTRUCTOR = "ivan";
  private static final String OTHER_INSTRUCTOR = "irene";
  private static final String ADMIN = "admin";
  private static final String ANONYMOUS = "anonymous";
  private static final List<String> CALLERS =
      List.of(ANONYMOUS, LEARNER_A, LEARNER_B, COURSE_INSTRUCTOR, OTHER_INSTRUCTOR, ADMIN);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin();
  }

  @ArquillianResource URL base;

  /** One call of the matrix and the callers who may succeed at it. */
  record Call(String method, String path, String body, Set<String> allowed) {}

  @Test
  void authorizationMatrix_noCallerGetsWhatTheirRoleDoesNotAllow() throws Exception {
    long tx = grantedTransaction(LEARNER_A);
    String purchase = UUID.randomUUID().toString();
    Set<String> admin = Set.of(ADMIN);
    Set<String> learners = Set.of(LEARNER_A, LEARNER_B);
    Set<String> signedIn = Set.of(LEARNER_A, LEARNER_B, COURSE_INSTRUCTOR, OTHER_INSTRUCTOR, ADMIN);
    List<Call> calls =
        List.of(
            new Call("GET", "/rules", null, admin),
            new Call("GET", "/rules/0", null, admin),
            new Call("POST", "/rules", "{}", admin),
            new Call("PUT", "/rules/999999", "{}", admin),
            new Call("POST", "/rules/999999/deactivate", "", admin),
            new Call("POST", "/rules/999999/activate", "", admin),
            new Call("DELETE", "/rules/999999", null, admin),
            new Call(
                "POST",
                "/rules/preview",
                "{\"userId\":\"lena\",\"courseIds\":[\"sql-deep-dive\"]}",
                admin),
            new Call(
                "GET", "/transactions", null, Set.of(ADMIN, COURSE_INSTRUCTOR, OTHER_INSTRUCTOR)),
            new Call(
                "GET", "/transactions/" + tx, null, Set.of(ADMIN, LEARNER_A, COURSE_INSTRUCTOR)),
            new Call(
                "POST",
                "/transactions/" + tx + "/refunds",
                "{\"amount\":0.01,\"reason\":\"Authorization matrix\"}",
                admin),
            new Call("GET", "/history", null, admin),
            new Call("POST", "/history/no-such-user/disable", "{\"reason\":\"x\"}", admin),
            new Call("POST", "/history/no-such-user/enable", "{\"reason\":\"x\"}", admin),
            new Call("GET", "/wallets/me", null, learners),
            new Call("GET", "/wallets/me/transactions", null, learners),
            new Call("GET", "/csrf", null, signedIn),
            new Call("GET", "/payout-methods", null, Set.of(LEARNER_A, LEARNER_B, ADMIN)),
            new Call("POST", "/payout-methods", "{}", admin),
            new Call("PUT", "/payout-methods/999999", "{}", admin),
            new Call("GET", "/payouts", null, admin),
            new Call("POST", "/payouts/999999/approve", "{}", admin),
            new Call("POST", "/payouts/999999/reject", "{\"reason\":\"x\"}", admin),
            new Call(
                "POST", "/payouts/999999/reconcile", "{\"paid\":false,\"reason\":\"x\"}", admin),
            new Call("GET", "/wallets/me/payouts", null, learners),
            new Call("GET", "/webhooks/endpoints", null, admin),
            new Call("POST", "/webhooks/endpoints", "{}", admin),
            new Call("PUT", "/webhooks/endpoints/999999", "{}", admin),
            new Call("POST", "/webhooks/endpoints/999999/secret", "", admin),
            new Call("DELETE", "/webhooks/endpoints/999999", null, admin),
            new Call("GET", "/webhooks/deliveries", null, admin),
            new Call("POST", "/webhooks/deliveries/999999/resend", "", admin),
            new Call("GET", "/networks", null, admin),
            new Call("POST", "/networks", "{}", admin),
            new Call("PUT", "/networks/999999", "{}", admin),
            new Call("GET", "/networks/clicks", null, admin),
            new Call("GET", "/networks/claims", null, admin),
            new Call("GET", "/networks/claims/export", null, admin),
            new Call("POST", "/networks/claims/999999/approve", "{\"commission\":1}", admin),
            new Call("POST", "/networks/claims/999999/reject", "{\"reason\":\"x\"}", admin),
            new Call("GET", "/referrals", null, admin),
            new Call("GET", "/refused-events", null, admin),
            new Call("GET", "/reviews", null, admin),
            new Call("POST", "/reviews/999999/approve", "{}", admin),
            new Call("POST", "/reviews/999999/decline", "{\"reason\":\"x\"}", admin),
            new Call("GET", "/refused-events?kind=POSTBACK", null, admin),
            new Call("GET", "/wallets/me/referrals", null, learners),
            new Call("GET", "/wallets/me/claims", null, learners),
            new Call("POST", "/wallets/me/claims", "{\"clickId\":\"none\"}", learners),
            new Call(
                "POST",
                "/wallets/me/payouts",
                "{\"methodId\":999999,\"amount\":10,\"details\":{}}",
                learners),
            new Call("POST", "/purchases", "{}", Set.of()),
            new Call("POST", "/purchases/" + purchase + "/refunds", "{}", Set.of()),
            new Call("POST", "/progress", "{}", Set.of()));

    List<String> violations = new ArrayList<>();
    for (Call call : calls) {
      for (String caller : CALLERS) {
        HttpResponse<String> response = call(caller, call);
        int status = response.statusCode();
        boolean success = status >= 200 && status < 300;
        boolean refused = status == 401 || status == 403 || status == 404;
        if (!call.allowed().contains(caller) && (success || !refused)) {
          violations.add(call.method() + " " + call.path() + " as " + caller + " → " + status);
        }
        if (call.allowed().contains(caller) && (status == 401 || status == 403)) {
          violations.add(
              call.method() + " " + call.path() + " as " + caller + " refused → " + status);
        }
        if (call.allowed().contains(caller) && readsSomethingThatExists(call) && !success) {
          // a read of a list or of a real row must answer, not hide behind a 404
          violations.add(call.method() + " " + call.path() + " as " + caller + " → " + status);
        }
        if (!success) {
          assertThat(response.headers().firstValue("Content-Type").orElse(""))
              .as(call.method() + " " + call.path() + " as " + caller)
              .contains("application/problem+json");
          assertThat(response.body()).doesNotContain("Exception", "\tat ");
        }
      }
    }
    violations.addAll(pageViolations());
    assertThat(violations).isEmpty();
  }

  @Test
  void eachCallerReadsOnlyTheirOwn() throws Exception {
    long tx = grantedTransaction(LEARNER_A);
    String lenas = learner(LEARNER_A).get(API + "/wallets/me/transactions?limit=200").body();
    assertThat(lenas).contains("\"id\":" + tx).doesNotContain("\"userId\":\"leo\"");
    String leos = learner(LEARNER_B).get(API + "/wallets/me/transactions?limit=200").body();
    assertThat(leos).doesNotContain("\"id\":" + tx + ",").doesNotContain("\"userId\":\"lena\"");
    String irenes =
        new ApiClient(base, OTHER_INSTRUCTOR).get(API + "/transactions?limit=200").body();
    assertThat(irenes).doesNotContain("\"id\":" + tx + ",");
    for (var item :
        ApiClient.object(
                new ApiClient(base, COURSE_INSTRUCTOR).get(API + "/transactions?limit=200"))
            .getJsonArray("items")) {
      assertThat(item.asJsonObject().getString("targetId")).isIn(IVANS_COURSES);
    }
  }

  private static final Set<String> IVANS_COURSES =
      Set.of("sql-deep-dive", "testing-java", "ui-principles", "typography", "negotiation");

  @Test
  void keysetPaging_walksTheListWithoutRepeats() throws Exception {
    for (int i = 0; i < 3; i++) {
      grantedTransaction(LEARNER_B);
    }
    ApiClient leo = learner(LEARNER_B);
    List<Long> seen = new ArrayList<>();
    String after = null;
    do {
      JsonObject page =
          ApiClient.object(
              leo.get(
                  API
                      + "/wallets/me/transactions?limit=2"
                      + (after == null ? "" : "&after=" + after)));
      page.getJsonArray("items")
          .forEach(i -> seen.add(i.asJsonObject().getJsonNumber("id").longValue()));
      after = page.containsKey("next") ? page.getString("next") : null;
    } while (after != null && seen.size() < 500);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
    assertProblem(leo.get(API + "/wallets/me/transactions?after=not-a-cursor"), 400, "after");
    assertProblem(leo.get(API + "/wallets/me/transactions?limit=0"), 400, "limit");
  }

  @Test
  void refund_withSameKeyTwice_refundsOnce_andAnotherBodyIsAConflict() throws Exception {
    long tx = grantedTransaction(LEARNER_A);
    ApiClient admin = new ApiClient(base, ADMIN);
    String key = UUID.randomUUID().toString();
    String body = "{\"amount\":0.50,\"reason\":\"Duplicate charge\"}";
    Map<String, String> headers = Map.of("Idempotency-Key", key);

    HttpResponse<String> first =
        admin.post(API + "/transactions/" + tx + "/refunds", body, headers);
    assertThat(first.statusCode()).isEqualTo(201);
    HttpResponse<String> again =
        admin.post(API + "/transactions/" + tx + "/refunds", body, headers);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(reversed(tx)).isEqualByComparingTo("0.50");

    HttpResponse<String> other =
        admin.post(
            API + "/transactions/" + tx + "/refunds",
            "{\"amount\":0.60,\"reason\":\"Duplicate charge\"}",
            headers);
    assertProblem(other, 409, null);
    assertProblem(
        admin.post(API + "/transactions/" + tx + "/refunds", body, Map.of()),
        400,
        "Idempotency-Key");
    assertThat(reversed(tx)).isEqualByComparingTo("0.50");
  }

  @Test
  void refund_sameKeyFromEightThreads_refundsOnce() throws Exception {
    long tx = grantedTransaction(LEARNER_A);
    ApiClient admin = new ApiClient(base, ADMIN);
    Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    String body = "{\"amount\":0.25,\"reason\":\"Concurrent retry\"}";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> tries = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tries.add(
            () -> admin.post(API + "/transactions/" + tx + "/refunds", body, headers).statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(tries)) {
        statuses.add(f.get());
      }
      // Each answer is the first one again, or "still in progress" while it commits.
      assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
    } finally {
      pool.shutdown();
    }
    assertThat(reversed(tx)).isEqualByComparingTo("0.25");
  }

  @Test
  void cookieAuthenticatedChanges_needTheCsrfToken_andForeignOriginsAreRefused() throws Exception {
    Browser admin = new Browser(base);
    admin.signIn(ADMIN, "demo1234", "/index.xhtml");
    String disable = API + "/history/leo/enable";
    String body = "{\"reason\":\"CSRF test\"}";
    assertProblem(admin.postJson(disable, body, Map.of()), 403, null);
    String token = ApiClient.object(admin.get(API + "/csrf")).getString("token");
    assertProblem(admin.postJson(disable, body, Map.of("X-CSRF-Token", "forged")), 403, null);
    assertThat(admin.postJson(disable, body, Map.of("X-CSRF-Token", token)).statusCode())
        .isEqualTo(200);
    assertProblem(
        admin.postJson(
            disable, body, Map.of("X-CSRF-Token", token, "Origin", "https://evil.example")),
        403,
        null);
    assertProblem(
        new ApiClient(base, ADMIN).post(disable, body, Map.of("Origin", "https://evil.example")),
        403,
        null);
  }

  @Test
  void donationShare_isTheLearnersOwn_checked_andChangesNothingWhenRefused() throws Exception {
    ApiClient learner = new ApiClient(base, LEARNER_B);
    try {
      JsonObject before = ApiClient.object(learner.get(API + "/wallets/me/donation"));
      assertThat(before.getString("cause")).isEqualTo("Open Learning Fund");
      for (String bad : List.of("-1", "100.01", "12.345", "\"ten\"", "null")) {
        assertProblem(
            learner.put(API + "/wallets/me/donation", "{\"sharePercent\":" + bad + "}"),
            400,
            bad.equals("\"ten\"") ? "body" : "sharePercent");
      }
      assertThat(
              ApiClient.object(learner.get(API + "/wallets/me/donation"))
                  .getJsonNumber("sharePercent")
                  .bigDecimalValue())
          .as("refused input changes nothing")
          .isEqualByComparingTo(before.getJsonNumber("sharePercent").bigDecimalValue());
      JsonObject saved =
          ApiClient.object(learner.put(API + "/wallets/me/donation", "{\"sharePercent\":12.5}"));
      assertThat(saved.getJsonNumber("sharePercent").bigDecimalValue())
          .isEqualByComparingTo("12.5");
      assertThat(new ApiClient(base, ADMIN).get(API + "/wallets/me/donation").statusCode())
          .isEqualTo(403);
      assertThat(ApiClient.anonymous(base).get(API + "/wallets/me/donation").statusCode())
          .isEqualTo(401);
    } finally {
      learner.put(API + "/wallets/me/donation", "{\"sharePercent\":0}");
    }
  }

  @Test
  void badInput_isAProblemWithTheField_andChangesNothing() throws Exception {
    long tx = grantedTransaction(LEARNER_A);
    ApiClient admin = new ApiClient(base, ADMIN);
    String before = snapshot(tx);

    String rule =
        "{\"title\":\"Bad input\",\"amountType\":\"PERCENTAGE\",\"amount\":5,"
            + "\"userType\":\"USERS\",\"audience\":[\"lena\"]}";
    Map<String, String> badRules = new LinkedHashMap<>();
    badRules.put(rule.replace("\"amount\":5", "\"amount\":-5"), "amount");
    badRules.put(rule.replace("\"amount\":5", "\"amount\":0"), "amount");
    badRules.put(rule.replace("\"amount\":5", "\"amount\":1e30"), "amount");
    badRules.put(rule.replace("\"amount\":5", "\"amount\":\"five\""), "body");
    badRules.put(
        rule.replace("\"PERCENTAGE\",\"amount\":5", "\"FIXED\",\"amount\":5,\"currency\":\"ZZZ\""),
        "currency");
    badRules.put(
        rule.replace("{", "{\"startDate\":\"2026-12-10\",\"endDate\":\"2026-12-01\","), "endDate");
    badRules.put(rule.replace("{", "{\"startDate\":\"2026-13-45\","), "body");
    badRules.put(rule.replace("Bad input", "x".repeat(5000)), "title");
    badRules.put(rule.replace("Bad input", "<script>alert(1)</script>"), "title");
    badRules.put(rule.replace("\"amount\":5", "\"amount\":5,\"budget\":1e30"), "budget");
    // A minimum purchase is money: without the rule's currency it would compare across currencies.
    badRules.put(rule.replace("\"amount\":5", "\"amount\":5,\"minimumPurchase\":50"), "currency");
    badRules.put("not json", "body");
    for (var bad : badRules.entrySet()) {
      assertProblem(admin.post(API + "/rules", bad.getKey()), 400, bad.getValue());
      assertProblem(admin.put(API + "/rules/0", bad.getKey()), 400, bad.getValue());
    }
    assertProblem(
        admin.post(API + "/rules/preview", "{\"userId\":\"<b>x</b>\",\"courseIds\":[\"nope\"]}"),
        400,
        "user");

    String refunds = API + "/transactions/" + tx + "/refunds";
    Map<String, String> badRefunds = new LinkedHashMap<>();
    badRefunds.put("{\"amount\":-1,\"reason\":\"r\"}", "amount");
    badRefunds.put("{\"amount\":0,\"reason\":\"r\"}", "amount");
    badRefunds.put("{\"amount\":1e30,\"reason\":\"r\"}", "amount");
    badRefunds.put("{\"amount\":\"lots\",\"reason\":\"r\"}", "body");
    badRefunds.put("{\"amount\":1}", "reason");
    badRefunds.put("{\"amount\":1,\"reason\":\"" + "r".repeat(600) + "\"}", "reason");
    badRefunds.put("{\"amount\":1,\"reason\":\"<img src=x onerror=alert(1)>\"}", "reason");
    for (var bad : badRefunds.entrySet()) {
      assertProblem(
          admin.post(
              refunds, bad.getKey(), Map.of("Idempotency-Key", UUID.randomUUID().toString())),
          400,
          bad.getValue());
    }
    assertProblem(
        admin.post(
            refunds,
            "{\"amount\":100000,\"reason\":\"More than was granted\"}",
            Map.of("Idempotency-Key", UUID.randomUUID().toString())),
        422,
        "amount");
    assertProblem(
        admin.post(
            refunds, "{\"amount\":1,\"reason\":\"r\"}", Map.of("Idempotency-Key", "x".repeat(201))),
        400,
        "Idempotency-Key");
    assertProblem(
        admin.post(API + "/history/lena/disable", "{\"reason\":\"<script>x</script>\"}"),
        400,
        "reason");
    assertProblem(
        admin.post(API + "/history/lena/disable", "{\"reason\":\"" + "r".repeat(600) + "\"}"),
        400,
        "reason");
    assertProblem(admin.post(API + "/history/no-such-user/disable", "{}"), 404, null);
    assertProblem(admin.get(API + "/transactions?from=2026-12-10&to=2026-12-01"), 400, "to");
    assertProblem(admin.get(API + "/transactions?from=yesterday"), 400, "from");
    assertProblem(admin.get(API + "/transactions?status=PAID"), 400, "status");
    assertProblem(admin.get(API + "/transactions/not-a-number"), 404, null);

    assertThat(snapshot(tx)).isEqualTo(before);
  }

  @Test
  void openApiDocument_listsEveryEndpoint_andHealthAndMetricsAnswer() throws Exception {
    // OpenAPI, health and metrics are served at the server's root, beside the application.
    ApiClient anyone =
        ApiClient.anonymous(new URL(base.getProtocol(), base.getHost(), base.getPort(), "/"));
    String document = anyone.get("/openapi").body();
    for (String path :
        List.of(
            "/api/cashback/v1/rules:",
            "/api/cashback/v1/rules/{id}:",
            "/api/cashback/v1/rules/{id}/deactivate:",
            "/api/cashback/v1/rules/{id}/activate:",
            "/api/cashback/v1/rules/preview:",
            "/api/cashback/v1/transactions:",
            "/api/cashback/v1/transactions/{id}:",
            "/api/cashback/v1/transactions/{id}/refunds:",
            "/api/cashback/v1/history:",
            "/api/cashback/v1/history/{userId}/disable:",
            "/api/cashback/v1/history/{userId}/enable:",
            "/api/cashback/v1/wallets/me:",
            "/api/cashback/v1/wallets/me/transactions:",
            "/api/cashback/v1/purchases:",
            "/api/cashback/v1/purchases/{purchaseId}/refunds:",
            "/api/cashback/v1/progress:",
            "/api/cashback/v1/reviews:",
            "/api/cashback/v1/reviews/{id}/approve:",
            "/api/cashback/v1/reviews/{id}/decline:",
            "/api/cashback/v1/csrf:",
            "/api/cashback/v1/payout-methods:",
            "/api/cashback/v1/payout-methods/{id}:",
            "/api/cashback/v1/payouts:",
            "/api/cashback/v1/payouts/{id}/approve:",
            "/api/cashback/v1/payouts/{id}/reject:",
            "/api/cashback/v1/payouts/{id}/reconcile:",
            "/api/cashback/v1/wallets/me/payouts:",
            "/api/cashback/v1/webhooks/endpoints:",
            "/api/cashback/v1/webhooks/endpoints/{id}:",
            "/api/cashback/v1/webhooks/deliveries:",
            "/api/cashback/v1/webhooks/deliveries/{id}/resend:",
            "/api/cashback/v1/networks:",
            "/api/cashback/v1/networks/{id}:",
            "/api/cashback/v1/networks/clicks:",
            "/api/cashback/v1/networks/{code}/postback:",
            "/api/cashback/v1/referrals:",
            "/api/cashback/v1/refused-events:",
            "/api/cashback/v1/ledger-check:",
            "/api/cashback/v1/wallets/me/referrals:")) {
      assertThat(document).as(path).contains(path);
    }
    assertThat(document).contains("Problem:", "application/problem+json");
    assertThat(document)
        .as("refused postbacks are listed with the refused events")
        .contains("POSTBACK");

    String ready = anyone.get("/health/ready").body();
    assertThat(ready).contains("cashback-database").contains("\"status\":\"UP\"");
    assertThat(ready).as("the last ledger check, as data").contains("cashback-ledger");
    assertThat(anyone.get("/health/live").body()).contains("cashback-intake");
    grantedTransaction(LEARNER_B);
    if (Runtimes.underTest().hasMetrics()) {
      String metrics = anyone.get("/metrics?scope=application").body();
      assertThat(metrics)
          .contains("cashback_purchases_received_total")
          .contains("cashback_transactions_granted_total")
          .contains("cashback_intake_latency");
    } else {
      // MicroProfile Metrics is optional: without it the plugin deploys and grants all the same.
      assertThat(anyone.get("/metrics").statusCode()).isEqualTo(404);
    }
  }

  /**
   * The document is valid: no list describes a query parameter twice (the list-query filter adds
   * only what the runtime's scanner left out; Open Liberty's describes bean parameters itself).
   */
  @Test
  void openApiDocument_describesEachListParameterOnce() throws Exception {
    ApiClient anyone =
        ApiClient.anonymous(new URL(base.getProtocol(), base.getHost(), base.getPort(), "/"));
    JsonObject paths = ApiClient.object(anyone.get("/openapi?format=JSON")).getJsonObject("paths");
    for (String list : List.of(API + "/transactions", API + "/wallets/me/transactions")) {
      List<String> names =
          paths.getJsonObject(list).getJsonObject("get").getJsonArray("parameters").stream()
              .map(JsonValue::asJsonObject)
              .filter(parameter -> "query".equals(parameter.getString("in", "")))
              .map(parameter -> parameter.getString("name"))
              .toList();
      assertThat(names).as(list).contains("after", "limit").doesNotHaveDuplicates();
    }
  }

  /** A wrong password over HTTP Basic is a 401 problem, never the runtime's error page. */
  @Test
  void wrongPassword_isAnUnauthorizedProblem() throws Exception {
    HttpResponse<String> refused = new ApiClient(base, "nobody-with-this-name").get(API + "/rules");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(refused.body()).contains("\"status\":401");
  }

  @Test
  void readmeRestExample_works() throws Exception {
    grantedTransaction(LEARNER_A);
    String output =
        ReadmeExamples.run("rest-example", Map.of("BASE", base.toString().replaceAll("/$", "")));
    assertThat(output).contains("\"userId\":\"lena\"").contains("\"refunded\":0.01");
  }

  // --- helpers

  private ApiClient learner(String name) {
    return new ApiClient(base, name);
  }

  private HttpResponse<String> call(String caller, Call call) throws Exception {
    ApiClient client =
        caller.equals(ANONYMOUS) ? ApiClient.anonymous(base) : new ApiClient(base, caller);
    String path = API + call.path();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    return switch (call.method()) {
      case "GET" -> client.get(path);
      case "DELETE" -> client.delete(path);
      case "PUT" -> client.put(path, call.body());
      default -> client.post(path, call.body(), key);
    };
  }

  /** A GET of a list or of a row that exists (not one of the matrix's made-up ids). */
  private static boolean readsSomethingThatExists(Call call) {
    return call.method().equals("GET")
        && !call.path().matches(".*/(0|999999|no-such[^/?]*)([/?].*)?");
  }

  /** Plugin pages against the same callers: anyone not allowed is sent to sign in or refused. */
  private List<String> pageViolations() throws Exception {
    Map<String, Set<String>> pages = new LinkedHashMap<>();
    for (String admin :
        List.of(
            "dashboard",
            "rules",
            "rule-edit",
            "transactions",
            "history",
            "payouts",
            "payout-methods",
            "outbox",
            "networks",
            "claims",
            "referrals",
            "refused-events")) {
      pages.put("/cashback/admin/" + admin + ".xhtml", Set.of(ADMIN));
    }
    for (String learner :
        List.of("my-cashback", "request-payout", "payout-history", "missing-cashback")) {
      pages.put("/cashback/learner/" + learner + ".xhtml", Set.of(LEARNER_A, LEARNER_B));
    }
    pages.put(
        "/cashback/instructor/course-cashback.xhtml", Set.of(COURSE_INSTRUCTOR, OTHER_INSTRUCTOR));
    Set<String> signedIn = Set.of(LEARNER_A, LEARNER_B, COURSE_INSTRUCTOR, OTHER_INSTRUCTOR, ADMIN);
    pages.put("/account.xhtml", signedIn);
    pages.put("/dev-mailbox.xhtml", signedIn);
    pages.put("/signup.xhtml", Set.copyOf(CALLERS));
    pages.put("/cashback/template.xhtml", Set.of());
    pages.put("/cashback/partials/transaction-filter.xhtml", Set.of());
    List<String> violations = new ArrayList<>();
    for (String caller : CALLERS) {
      Browser browser = new Browser(base);
      if (!caller.equals(ANONYMOUS)) {
        browser.signIn(caller, "demo1234", "/index.xhtml");
      }
      for (var page : pages.entrySet()) {
        int status = browser.get(page.getKey()).statusCode();
        boolean allowed = page.getValue().contains(caller);
        if (allowed != (status == 200)) {
          violations.add(page.getKey() + " as " + caller + " → " + status);
        }
      }
    }
    return violations;
  }

  /** A fresh purchase of Ivan's course by {@code learner}, and the id of its cashback. */
  private long grantedTransaction(String learner) throws Exception {
    String purchase = UUID.randomUUID().toString();
    HttpResponse<String> posted =
        ApiClient.anonymous(base)
            .postSigned(
                API + "/purchases",
                ApiClient.purchase(purchase, learner, "sql-deep-dive", COURSE_INSTRUCTOR, "59.99"),
                ApiClient.now());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      for (var item :
          ApiClient.object(learner(learner).get(API + "/wallets/me/transactions?limit=200"))
              .getJsonArray("items")) {
        JsonObject row = item.asJsonObject();
        if (row.getString("purchaseId").equals(purchase)) {
          return row.getJsonNumber("id").longValue();
        }
      }
      Thread.sleep(200); // granted in the background
    }
    throw new AssertionError("purchase " + purchase + " earned no cashback");
  }

  private java.math.BigDecimal reversed(long tx) throws Exception {
    return ApiClient.object(new ApiClient(base, ADMIN).get(API + "/transactions/" + tx))
        .getJsonNumber("reversedAmount")
        .bigDecimalValue();
  }

  /** What bad input must not change: the rules, the transaction, Lena's wallet and switch. */
  private String snapshot(long tx) throws Exception {
    ApiClient admin = new ApiClient(base, ADMIN);
    return String.join(
        "\n",
        admin.get(API + "/rules").body(),
        admin.get(API + "/transactions/" + tx).body(),
        learner(LEARNER_A).get(API + "/wallets/me").body(),
        admin.get(API + "/history?userName=Lena").body());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    JsonObject problem = ApiClient.object(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "dev.cashback");
    if (field != null) {
      assertThat(problem.containsKey("errors")).as(response.body()).isTrue();
      assertThat(problem.getJsonObject("errors").keySet()).as(response.body()).contains(field);
    }
  }
}
