import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pushes purchases through the plugin's real intake (signed POST /api/cashback/v1/purchases) from
 * several concurrent clients and prints the request rate and latency percentiles. Run by
 * intake-benchmark.sh, which also measures when every purchase is credited.
 *
 * <p>Arguments: baseUrl secret purchases clients learners courses
 */
public class IntakeBenchmark {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String secret = args[1];
    int purchases = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    int learners = Integer.parseInt(args[4]);
    int courses = Integer.parseInt(args[5]);
    // Purchases per request: 1 posts each to /purchases, more post them to /purchases/batch.
    int batch = args.length > 6 ? Integer.parseInt(args[6]) : 1;
    int requests = (purchases + batch - 1) / batch;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[requests];
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          String body;
          if (batch == 1) {
            body = purchase(i, learners, courses);
          } else {
            List<String> many = new ArrayList<>();
            for (int k = i * batch; k < Math.min(purchases, (i + 1) * batch); k++) {
              many.add(purchase(k, learners, courses));
            }
            body = "{\"purchases\":[" + String.join(",", many) + "]}";
          }
          long timestamp = Instant.now().getEpochSecond();
          String path = batch == 1 ? "/api/cashback/v1/purchases" : "/api/cashback/v1/purchases/batch";
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .header("X-Cashback-Timestamp", Long.toString(timestamp))
              .header("X-Cashback-Signature", sign(secret, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
          long t0 = System.nanoTime();
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          latencies[i] = System.nanoTime() - t0;
          if (response.statusCode() != (batch == 1 ? 202 : 200)) {
            failures.incrementAndGet();
            System.err.println("purchase " + i + ": " + response.statusCode() + " " + response.body());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(latencies);
    System.out.printf("requests=%d failures=%d seconds=%.2f purchases_per_second=%.1f p50_ms=%.2f p99_ms=%.2f%n",
        requests, failures.get(), seconds, purchases / seconds,
        latencies[requests / 2] / 1e6, latencies[(int) Math.min(requests - 1, requests * 0.99)] / 1e6);
  }

  private static String purchase(int i, int learners, int courses) {
    return "{\"purchaseId\":\"bench-" + UUID.randomUUID() + "\","
        + "\"buyer\":{\"userId\":\"bench-learner-" + (i % learners) + "\",\"displayName\":\"Bench learner\"},"
        + "\"items\":[{\"type\":\"COURSE\",\"targetId\":\"course-" + (i % courses) + "\",\"title\":\"Course "
        + (i % courses) + "\",\"unitPrice\":49.99,\"quantity\":1}],"
        + "\"currency\":\"USD\",\"occurredAt\":\"" + Instant.now() + "\",\"total\":49.99}";
  }

  private static String sign(String secret, long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
