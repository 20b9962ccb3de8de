package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /api/cashback/v1/purchases as a host outside the JVM uses it. A refused request stores
 * nothing: sending the same purchase id correctly afterwards is still "accepted", not "duplicate".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignedIntakeIT {

  private static final String SECRET = "it-secret";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void signedPurchase_acceptedOnce_thenDuplicate() throws Exception {
    String body = purchase(UUID.randomUUID().toString(), "59.99");
    HttpResponse<String> first = post(body, now(), sign(now(), body));
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.body()).contains("\"accepted\"");
    HttpResponse<String> again = post(body, now(), sign(now(), body));
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.body()).contains("\"duplicate\"");
  }

  @Test
  void refusedRequests_areProblemsAndStoreNothing() throws Exception {
    String id = UUID.randomUUID().toString();
    String body = purchase(id, "20.00");
    long stale = now() - 301;

    assertProblem(post(body, now(), sign(now(), body) + "00"), 401);
    assertProblem(post(body, stale, sign(stale, body)), 401);
    assertProblem(post(body, now(), null), 401);
    String tampered = body.replace("20.00", "2000.00");
    assertProblem(post(tampered, now(), sign(now(), body)), 401);
    String malformed = "{\"purchaseId\": ";
    assertProblem(post(malformed, now(), sign(now(), malformed)), 400);
    String negative = purchase(id, "-5.00");
    assertProblem(post(negative, now(), sign(now(), negative)), 400);
    String oversized =
        purchase(id, "1.00")
            .replace("\"title\":\"SQL Deep Dive\"", "\"title\":\"" + "x".repeat(300_000) + "\"");
    assertProblem(post(oversized, now(), sign(now(), oversized)), 413);

    HttpResponse<String> valid = post(body, now(), sign(now(), body));
    assertThat(valid.body()).contains("\"accepted\"");
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(response.body()).contains("\"detail\"").doesNotContain("Exception", "\tat ");
  }

  private HttpResponse<String> post(String body, long timestamp, String signature)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/$", "") + "/api/cashback/v1/purchases"))
            .header("Content-Type", "application/json")
            .header("X-Cashback-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Cashback-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long now() {
    return Instant.now().getEpochSecond();
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
        + "\"}";
  }

  private static String sign(long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
