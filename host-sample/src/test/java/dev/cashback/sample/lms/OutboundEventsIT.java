package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound events as an outside receiver gets them: a real HTTP server in the test (on loopback,
 * which the deployment allows), every signature verified with the Standard Webhooks Java reference
 * library, every body a CloudEvents 1.0 event. A receiver that fails, then recovers, gets each
 * event under the same id; senders racing on one delivery (as several nodes would) send it once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboundEventsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin(
            "cashback.webhooks.allow-private-addresses=true",
            "cashback.webhooks.interval-seconds=1",
            // A host that signs its purchases with a Standard Webhooks library.
            "cashback.webhook.secret.std-shop=" + HOST_SECRET)
        .addClasses(TestControlServlet.class);
  }

  private static final String HOST_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

  @ArquillianResource URL base;

  private HttpServer receiver;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private long endpoint;
  private String secret;

  /** One request the receiver got. */
  record Received(HttpHeaders headers, String body, int answered) {
    String id() {
      return headers.firstValue("webhook-id").orElse("");
    }
  }

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body;
          try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
          received.add(
              new Received(
                  HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true),
                  body,
                  status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    HttpResponse<String> created =
        admin()
            .post(
                API + "/webhooks/endpoints",
                "{\"url\":\""
                    + url
                    + "\",\"description\":\"Test receiver\",\"eventTypes\":"
                    + "[\"dev.cashback.transaction.granted\",\"dev.cashback.transaction.confirmed\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject json = ApiClient.object(created);
    endpoint = json.getJsonNumber("id").longValue();
    secret = json.getString("secret");
    assertThat(secret).startsWith("whsec_");
  }

  @AfterEach
  void stopReceiver() throws Exception {
    admin().delete(API + "/webhooks/endpoints/" + endpoint);
    receiver.stop(0);
    control("reset");
  }

  @Test
  void grantedAndConfirmed_areSignedCloudEvents_thatTheReferenceLibraryVerifies() throws Exception {
    String purchase = buy("100.00");
    Received granted = await(event("dev.cashback.transaction.granted", purchase));
    control("advance&days=15");
    Received confirmed = await(event("dev.cashback.transaction.confirmed", purchase));

    for (Received event : List.of(granted, confirmed)) {
      assertThatCode(() -> new Webhook(secret).verify(event.body(), event.headers()))
          .as("signature")
          .doesNotThrowAnyException();
      assertThat(event.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/cloudevents+json");
      JsonObject cloudEvent = json(event.body());
      assertThat(cloudEvent.getString("specversion")).isEqualTo("1.0");
      assertThat(cloudEvent.getString("id")).isEqualTo(event.id());
      assertThat(cloudEvent.getString("source")).isEqualTo("/cashback");
      assertThat(cloudEvent.getString("subject")).startsWith("transaction/");
      assertThat(cloudEvent.getString("datacontenttype")).isEqualTo("application/json");
      JsonObject data = cloudEvent.getJsonObject("data");
      assertThat(data.getString("userId")).isEqualTo("lena");
      assertThat(data.getString("cashbackAmount")).isEqualTo("10.00");
      assertThat(data.getString("currency")).isEqualTo("USD");
    }
    assertThat(json(confirmed.body()).getJsonObject("data").getString("status"))
        .isEqualTo("CONFIRMED");
    // A tampered body is refused by the same library: the signature covers every byte.
    assertThatCode(
            () ->
                new Webhook(secret)
                    .verify(granted.body().replace("10.00", "99.00"), granted.headers()))
        .isInstanceOf(Exception.class);
  }

  @Test
  void aReceiverThatFailsThenRecovers_getsTheEvent_underOneId() throws Exception {
    failuresLeft.set(2);
    String purchase = buy("50.00");
    Predicate<Received> granted = event("dev.cashback.transaction.granted", purchase);
    String eventId = await(granted).id();
    // Each failure puts the next attempt off (10 s, then 20 s): once the plugin has recorded it,
    // its clock is moved just past that wait instead of the test sitting it out. A back-off much
    // longer than these would leave the next attempt beyond the test's 60 s wait.
    int[] backOffSeconds = {10, 20};
    for (int failed = 1; failed <= 2; failed++) {
      awaitDelivery(eventId, failed, "QUEUED");
      control("advance&seconds=" + (backOffSeconds[failed - 1] + 2));
    }
    Received delivered = await(granted.and(r -> r.answered() == 204));
    List<Received> tries = received.stream().filter(r -> r.id().equals(eventId)).toList();
    assertThat(tries).extracting(Received::answered).containsExactly(503, 503, 204);
    assertThat(tries).extracting(Received::body).containsOnly(delivered.body());
    JsonObject delivery = awaitDelivery(eventId, 3, "DELIVERED");
    assertThat(delivery.getInt("attempts")).isEqualTo(3);
    assertThat(delivery.getInt("lastStatus")).isEqualTo(204);
  }

  @Test
  void sendersRacingLikeSeveralNodes_sendEachEventOnce() throws Exception {
    List<String> purchases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      purchases.add(buy("20.00"));
    }
    ExecutorService nodes = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(nodes.submit(() -> control("deliver-events")));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      nodes.shutdownNow();
    }
    for (String purchase : purchases) {
      await(event("dev.cashback.transaction.granted", purchase));
    }
    Thread.sleep(2000); // the timer runs every second: time for a second copy, were there one
    Map<String, Long> copies =
        received.stream().collect(Collectors.groupingBy(Received::id, Collectors.counting()));
    assertThat(copies.values()).as("copies of each event").containsOnly(1L);
  }

  /**
   * Inbound: a host signs its purchase with the Standard Webhooks reference library, as any host
   * using such a library would, and the signed intake accepts it; the same headers over another
   * body are refused and nothing is recorded.
   */
  @Test
  void aPurchaseSignedWithTheReferenceLibrary_isAccepted_andATamperedOneRefused() throws Exception {
    control("reset"); // the intake checks the timestamp against the plugin's clock
    Webhook host = new Webhook(HOST_SECRET);
    String purchase = UUID.randomUUID().toString();
    String body = ApiClient.purchase(purchase, "lena", "sql-deep-dive", "ivan", "30.00");
    String messageId = "msg_" + UUID.randomUUID();
    long timestamp = Instant.now().getEpochSecond();
    String signature = host.sign(messageId, timestamp, body);

    HttpResponse<String> tampered =
        postStandard(messageId, timestamp, signature, body.replace("30.00", "3000.00"));
    assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(401);

    HttpResponse<String> accepted = postStandard(messageId, timestamp, signature, body);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    Received granted = await(event("dev.cashback.transaction.granted", purchase));
    assertThat(json(granted.body()).getJsonObject("data").getString("cashbackAmount"))
        .as("10 % of 30.00, not of a tampered amount")
        .isEqualTo("3.00");
  }

  private HttpResponse<String> postStandard(
      String messageId, long timestamp, String signature, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(base.toString().replaceAll("/$", "") + API + "/purchases"))
                .header("Content-Type", "application/json")
                .header("X-Cashback-Host", "std-shop")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static Predicate<Received> event(String type, String purchase) {
    return r -> {
      JsonObject event = json(r.body());
      return event.getString("type").equals(type)
          && event.getJsonObject("data").getString("purchaseId").equals(purchase);
    };
  }

  private Received await(Predicate<Received> wanted) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      synchronized (received) {
        for (Received r : received) {
          if (wanted.test(r)) {
            return r;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such event received; got " + received.size() + " requests");
  }

  /**
   * The endpoint's delivery of the event once it has made {@code attempts} attempts and is in
   * {@code status} (QUEUED: the failure and its next attempt are recorded).
   */
  private JsonObject awaitDelivery(String eventId, int attempts, String status) throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      Optional<JsonObject> delivery =
          ApiClient.array(admin().get(API + "/webhooks/deliveries?endpoint=" + endpoint)).stream()
              .map(d -> d.asJsonObject())
              .filter(d -> d.getString("eventId").equals(eventId))
              .filter(d -> d.getInt("attempts") == attempts)
              .filter(d -> d.getString("status").equals(status))
              .findFirst();
      if (delivery.isPresent()) {
        return delivery.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("event " + eventId + " never " + status + " after " + attempts);
  }

  /** A signed purchase by lena: 10 % of it by the demo rule. */
  private String buy(String price) throws Exception {
    control("reset");
    String id = UUID.randomUUID().toString();
    HttpResponse<String> accepted =
        ApiClient.anonymous(base)
            .postSigned(
                API + "/purchases",
                ApiClient.purchase(id, "lena", "sql-deep-dive", "ivan", price),
                ApiClient.now());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    return id;
  }

  private static JsonObject json(String body) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }

  private ApiClient admin() {
    return new ApiClient(base, "admin");
  }

  private String control(String action) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              base.toString().replaceAll("/$", "")
                                  + "/test-control?action="
                                  + action))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
