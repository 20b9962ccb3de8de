import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buys courses through the sample LMS's own checkout (the course page's Buy button, as a browser
 * posts it) from several signed-in learners at once, and prints the checkout's latency
 * percentiles. The checkout request stores the purchase and fires the host's CDI event in one
 * transaction; with the plugin on, its observer records the purchase in that transaction and,
 * after the commit, waits for the grant up to {@code cashback.inbox.grant-wait-millis}. Run by
 * checkout-benchmark.sh, once per block of checkouts of a set-up.
 *
 * <p>Arguments: baseUrl checkouts warmup learner... (each learner is one client, password
 * demo1234); the system property {@code after.warmup} names a shell command run between the
 * warm-up and the measured checkouts; {@code one.client.checkouts}, if set, the number of checkouts
 * then measured again from the first learner alone; {@code latencies.out}, if set, a file to which
 * each measured checkout appends a line: the checkout's and the receipt's nanoseconds and whether
 * the receipt showed the cashback (1 or 0), so blocks of several runs can be pooled. With 0
 * checkouts it only warms up.
 */
public class CheckoutBenchmark {

  private static final List<String> COURSES =
      List.of(
          "java-basics",
          "jakarta-ee",
          "sql-deep-dive",
          "testing-java",
          "ui-principles",
          "color-theory",
          "typography",
          "startup-finance",
          "negotiation",
          "project-management");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int checkouts = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    List<String> learners = Arrays.asList(args).subList(3, args.length);
    List<Client> clients = new ArrayList<>();
    for (String learner : learners) {
      clients.add(new Client(base, learner));
    }
    run(clients, warmup);
    // The script's command for after the warm-up (wait for its grants, vacuum and analyse).
    String afterWarmUp = System.getProperty("after.warmup");
    if (afterWarmUp != null) {
      new ProcessBuilder("bash", "-c", afterWarmUp).inheritIO().start().waitFor();
    }
    if (checkouts == 0) {
      return;
    }
    Figures figures = run(clients, checkouts);
    String out = System.getProperty("latencies.out");
    if (out != null) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < checkouts; i++) {
        lines.append(figures.checkout[i]).append(' ').append(figures.receipt[i]).append(' ');
        lines.append(figures.shown[i] ? 1 : 0).append('\n');
      }
      Files.writeString(
          Path.of(out), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    // Then one client alone on the same warm server: the cores are no longer all busy, so the
    // checkout's latency shows what its own request pays, without the wait for a core.
    int alone = Integer.getInteger("one.client.checkouts", 0);
    Figures one = alone > 0 ? run(clients.subList(0, 1), alone) : figures;
    System.out.printf(
        "checkouts=%d clients=%d seconds=%.3f per_second=%.1f checkout_p50_ms=%.2f checkout_p99_ms=%.2f"
            + " receipt_p50_ms=%.2f receipt_p99_ms=%.2f receipts_with_cashback=%d failed=%d"
            + " one_client_p50_ms=%.2f one_client_p99_ms=%.2f one_client_errors=%d%n",
        checkouts,
        clients.size(),
        figures.seconds,
        checkouts / figures.seconds,
        percentile(figures.checkout, 0.50),
        percentile(figures.checkout, 0.99),
        percentile(figures.receipt, 0.50),
        percentile(figures.receipt, 0.99),
        figures.withCashback.get(),
        figures.failed.get(),
        percentile(one.checkout, 0.50),
        percentile(one.checkout, 0.99),
        one.failed.get());
  }

  record Figures(
      long[] checkout,
      long[] receipt,
      boolean[] shown,
      AtomicInteger withCashback,
      AtomicInteger failed,
      double seconds) {}

  private static Figures run(List<Client> clients, int count) throws Exception {
    long[] checkout = new long[count];
    long[] receipt = new long[count];
    boolean[] shown = new boolean[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger withCashback = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    long started = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (Client client : clients) {
      work.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  try {
                    Client.Bought bought = client.buy(COURSES.get(i % COURSES.size()));
                    checkout[i] = bought.checkoutNanos();
                    receipt[i] = bought.receiptNanos();
                    shown[i] = bought.cashbackShown();
                    if (bought.cashbackShown()) {
                      withCashback.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                    if (failed.get() <= 3) {
                      e.printStackTrace();
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    return new Figures(checkout, receipt, shown, withCashback, failed, seconds);
  }

  private static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** One signed-in learner with a browser's cookies. */
  static final class Client {
    private final String base;
    private final HttpClient http;

    record Bought(long checkoutNanos, long receiptNanos, boolean cashbackShown) {}

    Client(String base, String learner) throws Exception {
      this.base = base;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(5))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String login = get("/login.xhtml").body();
      Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(login);
      if (!csrf.find()) {
        throw new IllegalStateException("no sign-in form");
      }
      HttpResponse<String> signedIn =
          post(
              "/signin",
              form(
                  Map.of(
                      "j_username", learner,
                      "j_password", "demo1234",
                      "next", "/",
                      "csrf", csrf.group(1))));
      if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
        throw new IllegalStateException(learner + " could not sign in: " + signedIn.statusCode());
      }
    }

    /** Opens the course page (not timed), presses Buy (timed) and opens the receipt (timed). */
    Bought buy(String course) throws Exception {
      String page = get("/course.xhtml?id=" + course).body();
      int formStart = page.indexOf("<form id=\"buy\"");
      int formEnd = page.indexOf("</form>", formStart);
      if (formStart < 0 || formEnd < 0) {
        throw new IllegalStateException("no Buy form on " + course);
      }
      String buyForm = page.substring(formStart, formEnd);
      if (!buyForm.contains("id=\"buy:buyButton\"")) {
        throw new IllegalStateException("the course page offered no Buy button");
      }
      Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(buyForm);
      if (!action.find()) {
        throw new IllegalStateException("the Buy form has no action");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher hidden = HIDDEN.matcher(buyForm);
      while (hidden.find()) {
        fields.put(hidden.group(1), unescape(hidden.group(2)));
      }
      fields.put("buy:buyButton", "");
      long t0 = System.nanoTime();
      HttpResponse<String> bought = post(unescape(action.group(1)), form(fields));
      long t1 = System.nanoTime();
      String receiptAt = bought.headers().firstValue("Location").orElse("");
      if (!receiptAt.contains("purchase.xhtml")) {
        Matcher message = Pattern.compile("ui-messages-error-summary\">([^<]*)<").matcher(bought.body());
        throw new IllegalStateException(
            "the checkout answered "
                + bought.statusCode()
                + (message.find() ? ": " + message.group(1) : ""));
      }
      String path = URI.create(receiptAt).isAbsolute() ? URI.create(receiptAt).getRawPath()
          + "?" + URI.create(receiptAt).getRawQuery() : receiptAt;
      String receipt = get(path).body();
      long t2 = System.nanoTime();
      return new Bought(t1 - t0, t2 - t1, receipt.contains("id=\"cashbackEarned\""));
    }

    private HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
      List<String> pairs = new ArrayList<>();
      fields.forEach(
          (k, v) ->
              pairs.add(
                  URLEncoder.encode(k, StandardCharsets.UTF_8)
                      + "="
                      + URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return String.join("&", pairs);
    }

    private static String unescape(String html) {
      return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }
  }
}
