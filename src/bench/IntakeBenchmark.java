import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pushes purchases through the plugin's real intake (signed POST /api/cashback/v1/purchases, or
 * /purchases/batch) from several concurrent clients and prints the request rate and latency
 * percentiles. Run by intake-benchmark.sh, which also measures when every purchase is credited.
 *
 * <p>Each client keeps one HTTP/1.1 connection open, the way a host's sender would, and writes
 * its requests on a plain socket: the JDK's HttpClient spent more CPU per request than the server
 * on this two-core machine, so the figures measured the client. The server is warmed up first with
 * purchases of their own ({@code warm-} ids), as a running server is; the measured ones follow
 * once {@code afterWarmUp} (a shell command: wait until the warm-up is granted) has returned.
 *
 * <p>Arguments: baseUrl secret purchases clients learners courses [batch=1] [warmUp=0]
 * [afterWarmUp]
 */
public class IntakeBenchmark {

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    String secret = args[1];
    int purchases = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    int learners = Integer.parseInt(args[4]);
    int courses = Integer.parseInt(args[5]);
    // Purchases per request: 1 posts each to /purchases, more post them to /purchases/batch.
    int batch = args.length > 6 ? Integer.parseInt(args[6]) : 1;
    int warmUp = args.length > 7 ? Integer.parseInt(args[7]) : 0;
    Load load = new Load(base, secret, clients, learners, courses, batch);
    if (warmUp > 0) {
      load.run("warm-", warmUp);
      if (args.length > 8) {
        new ProcessBuilder("bash", "-c", args[8]).inheritIO().start().waitFor();
      }
    }
    long startedMillis = System.currentTimeMillis();
    Result result = load.run("bench-", purchases);
    System.out.printf(
        Locale.ROOT,
        "requests=%d failures=%d seconds=%.2f purchases_per_second=%.1f p50_ms=%.2f p99_ms=%.2f"
            + " started_ms=%d%n",
        result.requests,
        result.failures,
        result.seconds,
        purchases / result.seconds,
        result.percentile(0.5),
        result.percentile(0.99),
        startedMillis);
  }

  record Result(int requests, int failures, double seconds, long[] sortedNanos) {
    double percentile(double p) {
      return sortedNanos[(int) Math.min(requests - 1, requests * p)] / 1e6;
    }
  }

  /** Purchases posted from a fixed number of clients, each on its own kept-alive connection. */
  static final class Load {
    private final URI base;
    private final String secret;
    private final int clients;
    private final int learners;
    private final int courses;
    private final int batch;

    Load(URI base, String secret, int clients, int learners, int courses, int batch) {
      this.base = base;
      this.secret = secret;
      this.clients = clients;
      this.learners = learners;
      this.courses = courses;
      this.batch = batch;
    }

    Result run(String idPrefix, int purchases) throws Exception {
      int requests = (purchases + batch - 1) / batch;
      String path = batch == 1 ? "/api/cashback/v1/purchases" : "/api/cashback/v1/purchases/batch";
      int expected = batch == 1 ? 202 : 200;
      AtomicInteger next = new AtomicInteger();
      AtomicInteger failures = new AtomicInteger();
      long[] latencies = new long[requests];
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long started = System.nanoTime();
      List<Future<?>> work = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        work.add(
            pool.submit(
                () -> {
                  Mac mac = Mac.getInstance("HmacSHA256");
                  mac.init(
                      new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                  Connection connection = null;
                  try {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                      byte[] body = body(idPrefix, i, purchases).getBytes(StandardCharsets.UTF_8);
                      long timestamp = Instant.now().getEpochSecond();
                      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
                      String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
                      String head =
                          "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                              + base.getPort() + "\r\nContent-Type: application/json\r\n"
                              + "Content-Length: " + body.length + "\r\n"
                              + "X-Cashback-Timestamp: " + timestamp + "\r\n"
                              + "X-Cashback-Signature: " + signature + "\r\n\r\n";
                      long t0 = System.nanoTime();
                      if (connection == null) {
                        connection = new Connection(base.getHost(), base.getPort());
                      }
                      Connection.Response response = connection.send(head, body);
                      latencies[i] = System.nanoTime() - t0;
                      if (response.closes()) {
                        connection.close();
                        connection = null;
                      }
                      if (response.status() != expected) {
                        failures.incrementAndGet();
                        System.err.println("request " + i + ": " + response.status() + " "
                            + response.body());
                      }
                    }
                  } finally {
                    if (connection != null) {
                      connection.close();
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
      return new Result(requests, failures.get(), seconds, latencies);
    }

    private String body(String idPrefix, int request, int purchases) {
      if (batch == 1) {
        return purchase(idPrefix, request);
      }
      List<String> many = new ArrayList<>();
      for (int k = request * batch; k < Math.min(purchases, (request + 1) * batch); k++) {
        many.add(purchase(idPrefix, k));
      }
      return "{\"purchases\":[" + String.join(",", many) + "]}";
    }

    private String purchase(String idPrefix, int i) {
      return "{\"purchaseId\":\"" + idPrefix + UUID.randomUUID() + "\","
          + "\"buyer\":{\"userId\":\"bench-learner-" + (i % learners)
          + "\",\"displayName\":\"Bench learner\"},"
          + "\"items\":[{\"type\":\"COURSE\",\"targetId\":\"course-" + (i % courses)
          + "\",\"title\":\"Course " + (i % courses) + "\",\"unitPrice\":49.99,\"quantity\":1}],"
          + "\"currency\":\"USD\",\"occurredAt\":\"" + Instant.now() + "\",\"total\":49.99}";
    }
  }

  /** One HTTP/1.1 connection: a request written, its response read in full (length or chunks). */
  static final class Connection implements AutoCloseable {
    record Response(int status, String body, boolean closes) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Connection(String host, int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(120_000);
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    Response send(String head, byte[] body) throws IOException {
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
      int length = -1;
      boolean chunked = false;
      boolean closes = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closes = true;
        }
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
            size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          content.write(in.readNBytes(size));
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length > 0) {
        content.write(in.readNBytes(length));
      }
      return new Response(status, content.toString(StandardCharsets.UTF_8), closes);
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("connection closed");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
