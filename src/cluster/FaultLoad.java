import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The load and the checks of the fault run ({@code src/cluster/fault-run.sh}), one file so that it
 * runs from source: {@code java -cp postgresql.jar src/cluster/FaultLoad.java MODE key=value...}.
 *
 * <ul>
 *   <li>{@code smtp-sink port= file=}: an SMTP server on loopback that accepts every message and
 *       appends one line per message (its {@code X-Cashback-Message} id and subject) to the file, so
 *       the checks can tell whether any e-mail went out twice.
 *   <li>{@code load lb= nodes= db= out= clients= max-seconds= mails=}: every kind of money event
 *       through the balancer, and the same events straight to two nodes at once, until {@code
 *       out/stop} exists (the faults are over) or max-seconds pass; then waits for the backlog and
 *       checks that everything a node accepted was applied exactly once. Prints the figures; exits
 *       1 when anything was lost or doubled.
 * </ul>
 *
 * Loopback only: every address comes from the script, which names 127.0.0.1.
 */
public class FaultLoad {

  static final String API = "/api/cashback/v1";
  static final String SECRET = "cluster-demo-secret";
  static final String NETWORK = "demo-network";
  static final String NETWORK_SECRET = "demo-network-secret";
  static final String PASSWORD = "demo1234";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      options.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
    }
    switch (args[0]) {
      case "smtp-sink" -> new SmtpSink(Integer.parseInt(options.get("port")), Path.of(options.get("file"))).run();
      case "load" -> System.exit(new Run(options).call());
      default -> throw new IllegalArgumentException("mode: smtp-sink or load");
    }
  }

  /** One request and its answer; status 0 when no answer came (refused, reset, timed out). */
  record Attempt(String kind, String id, String target, int status) {}

  /** Every attempt of the run, kept for the checks and written to out/attempts.tsv. */
  static final class Attempts {
    final ConcurrentLinkedQueue<Attempt> all = new ConcurrentLinkedQueue<>();

    void add(String kind, String id, String target, int status) {
      all.add(new Attempt(kind, id, target, status));
    }

    /** Ids of one kind with at least one 2xx answer. */
    Set<String> accepted(String kind) {
      return all.stream().filter(a -> a.kind.equals(kind) && a.status / 100 == 2).map(a -> a.id).collect(Collectors.toSet());
    }

    Set<String> sent(String kind) {
      return all.stream().filter(a -> a.kind.equals(kind)).map(a -> a.id).collect(Collectors.toSet());
    }

    String statuses(String kind) {
      Map<Integer, Long> counts = new java.util.TreeMap<>(all.stream().filter(a -> a.kind.equals(kind))
          .collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
      return counts.entrySet().stream().map(e -> (e.getKey() == 0 ? "none" : e.getKey()) + "×" + e.getValue())
          .collect(Collectors.joining(" "));
    }

    void write(Path file) throws IOException {
      Files.write(file, all.stream().map(a -> a.kind + "\t" + a.id + "\t" + a.target + "\t" + a.status).toList());
    }
  }

  /** Plain HTTP on loopback: HTTP/1.1 as browsers speak it, answers within 30 s. */
  static final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    static int send(HttpRequest request) {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        return 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
    }

    static HttpResponse<String> exchange(HttpRequest request) {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    static HttpRequest.Builder to(String base, String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    /** A purchase or refund signed as the host signs it: HMAC-SHA256 over "timestamp.body". */
    static HttpRequest signed(String base, String path, String body) {
      long timestamp = Instant.now().getEpochSecond();
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(
            mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return to(base, path).header("Content-Type", "application/json")
            .header("X-Cashback-Timestamp", Long.toString(timestamp))
            .header("X-Cashback-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    static HttpRequest.Builder asUser(String base, String path, String user) {
      return to(base, path).header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static String form(String... pairs) {
      StringBuilder form = new StringBuilder();
      for (int i = 0; i < pairs.length; i += 2) {
        if (form.length() > 0) {
          form.append('&');
        }
        form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
      }
      return form.toString();
    }
  }

  /**
   * A learner at the sample's pages through the balancer, with cookies, so the balancer's cookie
   * keeps it on one node. A killed node takes the session along: the browser signs in again.
   */
  static final class LearnerBrowser {
    private static final Pattern VIEW_STATE =
        Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
    private static final Pattern SIGN_IN_TOKEN = Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]+)\"");

    final String lb;
    final String user;
    HttpClient client;

    LearnerBrowser(String lb, String user) {
      this.lb = lb;
      this.user = user;
    }

    private HttpResponse<String> post(String path, String form) {
      try {
        return client.send(Http.to(lb, path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    private HttpResponse<String> page(String path) {
      try {
        return client.send(Http.to(lb, path).GET().build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    /** A fresh session: the login page's token, then the sign-in form. */
    private boolean signIn() {
      client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> login = page("/login.xhtml");
      if (login == null) {
        return false;
      }
      Matcher token = SIGN_IN_TOKEN.matcher(login.body());
      HttpResponse<String> signedIn = post("/signin", Http.form("j_username", user, "j_password", PASSWORD,
          "next", "/index.xhtml", "csrf", token.find() ? token.group(1) : ""));
      return signedIn != null && signedIn.statusCode() / 100 == 3;
    }

    /** Opens a signed-in page with the form; signs in again when the session is gone. */
    private String formPage(String path, String marker) {
      for (int attempt = 0; attempt < 2; attempt++) {
        if (client == null && !signIn()) {
          return null;
        }
        HttpResponse<String> page = page(path);
        if (page != null && page.statusCode() == 200 && page.body().contains(marker)) {
          Matcher state = VIEW_STATE.matcher(page.body());
          return state.find() ? state.group(1) : null;
        }
        client = null;
      }
      return null;
    }

    /**
     * Buys the course paying with cashback; returns the answer's status and the host's purchase id
     * (from the receipt's address), or null for the id when the checkout did not complete.
     */
    String[] checkout(String course) {
      String state = formPage("/course.xhtml?id=" + course, "buy:buyButton");
      if (state == null) {
        return new String[] {"0", null};
      }
      HttpResponse<String> bought = post("/course.xhtml?id=" + course, Http.form("buy", "buy",
          "buy:useCashback_input", "on", "buy:buyButton", "", "jakarta.faces.ViewState", state));
      if (bought == null) {
        return new String[] {"0", null};
      }
      String location = bought.headers().firstValue("Location").orElse("");
      int at = location.indexOf("id=");
      return new String[] {Integer.toString(bought.statusCode()), at < 0 ? null : location.substring(at + 3)};
    }

    /** Presses Shop now at the first store: a click, whose id the store receives as subid. */
    String shopNow() {
      String state = formPage("/stores.xhtml", "stores:list:0:shopNow");
      if (state == null) {
        return null;
      }
      HttpResponse<String> redirect = post("/stores.xhtml", Http.form("stores", "stores",
          "stores:list:0:shopNow", "Shop now", "jakarta.faces.ViewState", state));
      if (redirect == null) {
        return null;
      }
      String location = redirect.headers().firstValue("Location").orElse("");
      int at = location.indexOf("subid=");
      return at < 0 ? null : location.substring(at + "subid=".length());
    }
  }

  /** The mix of events, the same for every client, and what it needs to remember between events. */
  static final class Run {
    final String lb;
    final List<String> nodes;
    final String db;
    final Path out;
    final int clients;
    final int maxSeconds;
    final Path mails;
    final String run = "f" + Long.toString(System.currentTimeMillis(), 36);
    final Attempts attempts = new Attempts();
    final AtomicInteger sequence = new AtomicInteger();
    final List<String> refundable = new ArrayList<>();
    final ConcurrentLinkedQueue<String> clicks = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String[]> pendingOrders = new ConcurrentLinkedQueue<>();
    final Map<String, String> finalStatus = new ConcurrentHashMap<>();
    final Set<String> checkoutIds = ConcurrentHashMap.newKeySet();
    final Instant started = Instant.now();

    Run(Map<String, String> o) {
      lb = o.get("lb");
      nodes = List.of(o.get("nodes").split(","));
      db = o.get("db");
      out = Path.of(o.get("out"));
      clients = Integer.parseInt(o.getOrDefault("clients", "4"));
      maxSeconds = Integer.parseInt(o.getOrDefault("max-seconds", "600"));
      mails = Path.of(o.get("mails"));
    }

    int call() throws Exception {
      LearnerBrowser setup = new LearnerBrowser(lb, "lucy");
      for (int i = 0; i < 10 * clients; i++) {
        String click = setup.shopNow();
        if (click != null) {
          clicks.add(click);
        }
      }
      System.out.printf("load: run %s, %d clients, %d clicks ready%n", run, clients, clicks.size());
      long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        LearnerBrowser shopper = new LearnerBrowser(lb, c % 2 == 0 ? "lena" : "leo");
        Thread thread = new Thread(() -> {
          while (System.nanoTime() < deadline && !Files.exists(out.resolve("stop"))) {
            step(shopper);
          }
        }, "client-" + c);
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      attempts.write(out.resolve("attempts.tsv"));
      System.out.printf("load: %d requests in %d s%n", attempts.all.size(),
          Duration.between(started, Instant.now()).toSeconds());
      return new Checks(this).call();
    }

    /** One event of the mix, chosen at random. */
    void step(LearnerBrowser shopper) {
      int dice = ThreadLocalRandom.current().nextInt(100);
      if (dice < 30) {
        purchase(false);
      } else if (dice < 40) {
        purchase(true);
      } else if (dice < 50) {
        refund(dice < 44);
      } else if (dice < 58) {
        postbackPending(dice < 52);
      } else if (dice < 63) {
        postbackFinal(dice < 60);
      } else if (dice < 73) {
        checkout(shopper);
      } else if (dice < 76) {
        String click = shopper.shopNow();
        attempts.add("click", "click-" + sequence.incrementAndGet(), "lb", click == null ? 0 : 200);
        if (click != null) {
          clicks.add(click);
        }
      } else if (dice < 85) {
        payoutRequest(dice < 79);
      } else {
        payoutDecision(dice < 90, dice >= 97);
      }
    }

    /** Two different nodes at random, straight, bypassing the balancer. */
    List<String> twoNodes() {
      int a = ThreadLocalRandom.current().nextInt(nodes.size());
      int b = (a + 1 + ThreadLocalRandom.current().nextInt(nodes.size() - 1)) % nodes.size();
      return List.of(nodes.get(a), nodes.get(b));
    }

    /** Sends the request through the balancer, or the same request to two nodes at the same time. */
    int[] send(String kind, String id, boolean twoAtOnce, Function<String, HttpRequest> request) {
      if (!twoAtOnce) {
        int status = Http.send(request.apply(lb));
        attempts.add(kind, id, "lb", status);
        return new int[] {status};
      }
      List<String> targets = twoNodes();
      List<CompletableFuture<Integer>> answers = targets.stream().map(target -> CompletableFuture.supplyAsync(
          () -> Http.send(request.apply(target)))).toList();
      int[] statuses = new int[2];
      for (int i = 0; i < 2; i++) {
        statuses[i] = answers.get(i).join();
        attempts.add(kind, id, targets.get(i), statuses[i]);
      }
      return statuses;
    }

    static boolean anyAccepted(int[] statuses) {
      for (int status : statuses) {
        if (status / 100 == 2) {
          return true;
        }
      }
      return false;
    }

    void purchase(boolean twoAtOnce) {
      String id = run + "-p" + sequence.incrementAndGet();
      int who = ThreadLocalRandom.current().nextInt(10);
      String buyer = who < 4 ? "lucy" : who < 8 ? "lena" : "guest-" + who;
      String body = "{\"purchaseId\":\"" + id + "\",\"buyer\":{\"userId\":\"" + buyer + "\",\"displayName\":\""
          + buyer + "\"},\"items\":[{\"type\":\"COURSE\",\"targetId\":\"sql-deep-dive\",\"title\":\"SQL Deep Dive\","
          + "\"unitPrice\":50.00,\"quantity\":1}],\"currency\":\"USD\",\"occurredAt\":\"" + Instant.now()
          + "\",\"total\":50.00}";
      if (anyAccepted(send("purchase", id, twoAtOnce, base -> Http.signed(base, API + "/purchases", body)))) {
        synchronized (refundable) {
          refundable.add(id);
        }
      }
    }

    void refund(boolean twoAtOnce) {
      String purchase;
      synchronized (refundable) {
        if (refundable.isEmpty()) {
          return;
        }
        purchase = refundable.remove(ThreadLocalRandom.current().nextInt(refundable.size()));
      }
      String id = run + "-r" + sequence.incrementAndGet();
      String body = "{\"refundId\":\"" + id + "\",\"purchaseId\":\"" + purchase + "\",\"amount\":20.00,"
          + "\"currency\":\"USD\",\"reason\":\"Fault run\",\"occurredAt\":\"" + Instant.now() + "\"}";
      send("refund", id, twoAtOnce, base -> Http.signed(base, API + "/purchases/" + purchase + "/refunds", body));
    }

    HttpRequest postback(String base, String click, String order, String status) {
      return Http.to(base, API + "/networks/" + NETWORK + "/postback")
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-Network-Secret", NETWORK_SECRET)
          .POST(HttpRequest.BodyPublishers.ofString(Http.form("click_id", click, "transaction_id", order,
              "sale_amount", "80.00", "commission", "8.00", "currency", "USD", "status", status)))
          .build();
    }

    void postbackPending(boolean twoAtOnce) {
      String click = clicks.poll();
      if (click == null) {
        return;
      }
      String order = run + "-o" + sequence.incrementAndGet();
      if (anyAccepted(send("postback", click, twoAtOnce, base -> postback(base, click, order, "pending")))) {
        pendingOrders.add(new String[] {click, order});
      }
    }

    void postbackFinal(boolean twoAtOnce) {
      String[] pending = pendingOrders.poll();
      if (pending == null) {
        return;
      }
      String status = ThreadLocalRandom.current().nextInt(3) == 0 ? "declined" : "approved";
      if (anyAccepted(send("postback-final", pending[0], twoAtOnce,
          base -> postback(base, pending[0], pending[1], status)))) {
        finalStatus.put(pending[0], status.equals("approved") ? "CONFIRMED" : "DECLINED");
      }
    }

    void checkout(LearnerBrowser shopper) {
      String[] outcome = shopper.checkout("java-basics");
      String id = outcome[1] != null ? outcome[1] : run + "-c" + sequence.incrementAndGet();
      attempts.add("checkout", id, "lb", Integer.parseInt(outcome[0]));
      if (outcome[1] != null) {
        checkoutIds.add(outcome[1]);
      }
    }

    /** Lucy asks for 5.00 by UPI; the same Idempotency-Key at two nodes at once must give one payout. */
    void payoutRequest(boolean twoAtOnce) {
      String key = run + "-k" + sequence.incrementAndGet();
      String body = "{\"methodId\":-2,\"amount\":5.00,\"details\":{\"UPI_ID\":\"" + key + "@fault\"}}";
      send("payout-request", key, twoAtOnce, base -> Http.asUser(base, API + "/wallets/me/payouts", "lucy")
          .header("Content-Type", "application/json").header("Idempotency-Key", key)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** An admin pays (or rejects) a waiting payout; two admins at two nodes may press at once. */
    void payoutDecision(boolean twoAtOnce, boolean reject) {
      HttpResponse<String> waiting = Http.exchange(Http.asUser(lb, API + "/payouts?status=REQUESTED", "admin")
          .GET().build());
      if (waiting == null || waiting.statusCode() != 200) {
        attempts.add("payout-list", "list-" + sequence.incrementAndGet(), "lb", waiting == null ? 0 : waiting.statusCode());
        return;
      }
      Matcher ids = Pattern.compile("\"id\":(-?\\d+)").matcher(waiting.body());
      List<String> found = new ArrayList<>();
      while (ids.find()) {
        found.add(ids.group(1));
      }
      if (found.isEmpty()) {
        return;
      }
      String payout = found.get(ThreadLocalRandom.current().nextInt(found.size()));
      String action = reject ? "reject" : "approve";
      String body = reject ? "{\"reason\":\"Fault run\"}" : "{\"reference\":\"FR-" + payout + "\"}";
      AtomicInteger admin = new AtomicInteger();
      send("payout-" + action, payout, twoAtOnce, base -> Http.asUser(base, API + "/payouts/" + payout + "/" + action,
          admin.getAndIncrement() == 0 ? "admin" : "alan").header("Content-Type", "application/json")
          .header("Idempotency-Key", run + "-d" + sequence.incrementAndGet())
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
  }

  /** After the load: wait for the backlog, then count what was applied once, twice or never. */
  static final class Checks {
    final Run run;
    final Map<String, long[]> table = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    Checks(Run run) {
      this.run = run;
    }

    int call() throws Exception {
      try (Connection db = connect()) {
        long waiting = waitForBacklog(db);
        purchases(db);
        refunds(db);
        postbacks(db);
        checkouts(db);
        confirmations(db);
        payouts(db);
        mails(db);
        print(waiting);
        ledgerCheck();
      }
      problems.forEach(p -> System.out.println("PROBLEM: " + p));
      return problems.isEmpty() ? 0 : 1;
    }

    /** PostgreSQL may still be coming back from its restart. */
    Connection connect() throws Exception {
      for (int i = 0; ; i++) {
        try {
          return DriverManager.getConnection(run.db, "postgres", "");
        } catch (SQLException e) {
          if (i == 60) {
            throw e;
          }
          Thread.sleep(1000);
        }
      }
    }

    /** Every accepted event is processed within 180 s; the retry timer covers what failed. */
    long waitForBacklog(Connection db) throws Exception {
      long left = 0;
      for (int i = 0; i < 180; i++) {
        left = count(db, "SELECT (SELECT COUNT(*) FROM cb_purchase_inbox WHERE processed_at IS NULL)"
            + " + (SELECT COUNT(*) FROM cb_refund_inbox WHERE processed_at IS NULL)");
        if (left == 0) {
          break;
        }
        Thread.sleep(1000);
      }
      if (left > 0) {
        problems.add(left + " inbox rows still waiting after 180 s");
      }
      return left;
    }

    long count(Connection db, String sql, Object... parameters) throws SQLException {
      try (PreparedStatement statement = db.prepareStatement(sql)) {
        bind(db, statement, parameters);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    }

    static void bind(Connection db, PreparedStatement statement, Object... parameters) throws SQLException {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p instanceof Set<?> set) {
          Array array = db.createArrayOf("varchar", set.toArray());
          statement.setArray(i + 1, array);
        } else {
          statement.setObject(i + 1, p);
        }
      }
    }

    /** id → how many times it was applied, from a query of (id, count). */
    Map<String, Long> applied(Connection db, String sql, Object... parameters) throws SQLException {
      Map<String, Long> counts = new HashMap<>();
      try (PreparedStatement statement = db.prepareStatement(sql)) {
        bind(db, statement, parameters);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            counts.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      return counts;
    }

    /** sent, accepted, applied, applied without an accepting answer, duplicated, lost. */
    void tally(String kind, Set<String> sent, Set<String> accepted, Map<String, Long> applied) {
      long duplicated = applied.values().stream().filter(n -> n > 1).count();
      long lost = accepted.stream().filter(id -> !applied.containsKey(id)).count();
      long unacknowledged = applied.keySet().stream().filter(id -> !accepted.contains(id)).count();
      table.put(kind, new long[] {sent.size(), accepted.size(), applied.size(), unacknowledged, duplicated, lost});
      if (duplicated > 0 || lost > 0) {
        problems.add(kind + ": " + duplicated + " duplicated, " + lost + " lost; e.g. "
            + accepted.stream().filter(id -> !applied.containsKey(id)).limit(3).toList()
            + applied.entrySet().stream().filter(e -> e.getValue() > 1).limit(3).toList());
      }
    }

    void purchases(Connection db) throws SQLException {
      Set<String> sent = run.attempts.sent("purchase");
      tally("purchase", sent, run.attempts.accepted("purchase"), applied(db,
          "SELECT purchase_id, COUNT(*) FROM cb_transaction WHERE purchase_id = ANY(?) GROUP BY purchase_id", sent));
    }

    void refunds(Connection db) throws SQLException {
      Set<String> sent = run.attempts.sent("refund");
      tally("refund", sent, run.attempts.accepted("refund"), applied(db,
          "SELECT refund_id, COUNT(*) FROM cb_reversal WHERE refund_id = ANY(?) GROUP BY refund_id", sent));
    }

    /** A conversion per click; a final postback leaves the conversion in its status. */
    void postbacks(Connection db) throws SQLException {
      Set<String> sent = run.attempts.sent("postback");
      tally("postback", sent, run.attempts.accepted("postback"), applied(db,
          "SELECT click_id, COUNT(*) FROM cb_transaction WHERE click_id = ANY(?) GROUP BY click_id", sent));
      Map<String, String> status = new HashMap<>();
      try (PreparedStatement statement = db.prepareStatement(
          "SELECT click_id, status FROM cb_transaction WHERE click_id = ANY(?)")) {
        bind(db, statement, run.finalStatus.keySet());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            status.put(rows.getString(1), rows.getString(2));
          }
        }
      }
      long wrong = run.finalStatus.entrySet().stream().filter(e -> !e.getValue().equals(status.get(e.getKey()))).count();
      table.put("postback-final", new long[] {run.attempts.sent("postback-final").size(),
          run.finalStatus.size(), run.finalStatus.size() - wrong, 0, 0, wrong});
      if (wrong > 0) {
        problems.add("postback-final: " + wrong + " conversions not in the status their final postback set");
      }
    }

    /**
     * Every checkout the host committed (seen in its own table, whether or not its answer arrived):
     * recorded in the inbox and processed once, one cashback grant on the part paid in money, one
     * debit of the part paid with cashback.
     */
    void checkouts(Connection db) throws SQLException {
      long purchases = 0;
      long wrongGrant = 0;
      long wrongSpend = 0;
      long unacknowledged = 0;
      try (PreparedStatement statement = db.prepareStatement(
          "SELECT p.id, p.price - p.paid_with_cashback >= 0.10, p.paid_with_cashback > 0,"
              + " (SELECT COUNT(*) FROM cb_transaction t WHERE t.purchase_id = p.id),"
              + " (SELECT COUNT(*) FROM cb_journal j WHERE j.kind = 'SPEND' AND j.reference = p.id),"
              + " (SELECT COALESCE(SUM(e.amount), 0) FROM cb_journal j JOIN cb_entry e ON e.journal_id = j.id"
              + "    WHERE j.kind = 'SPEND' AND j.reference = p.id AND e.amount > 0) = p.paid_with_cashback"
              + ", (SELECT COUNT(*) FROM cb_purchase_inbox i WHERE i.purchase_id = p.id"
              + "    AND i.processed_at IS NOT NULL)"
              + " FROM lms_purchase p WHERE p.purchased_at >= ?")) {
        statement.setTimestamp(1, Timestamp.from(run.started));
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            purchases++;
            if (!run.checkoutIds.contains(rows.getString(1))) {
              unacknowledged++;
            }
            // Recorded and processed once; granted once, unless the part paid in money is so
            // small that its cashback rounds to nothing (10 % of less than 0.10).
            long grants = rows.getLong(4);
            if (rows.getLong(7) != 1 || grants > 1 || (grants == 0 && rows.getBoolean(2))) {
              wrongGrant++;
            }
            if (rows.getLong(5) != (rows.getBoolean(3) ? 1 : 0) || !rows.getBoolean(6)) {
              wrongSpend++;
            }
          }
        }
      }
      table.put("checkout", new long[] {run.attempts.sent("checkout").size(), run.checkoutIds.size(), purchases,
          unacknowledged, 0, wrongGrant + wrongSpend});
      if (wrongGrant + wrongSpend > 0) {
        problems.add("checkout: " + wrongGrant + " purchases not recorded once or not granted once, " + wrongSpend
            + " without exactly their one cashback debit");
      }
    }

    /**
     * The confirmation timer of every node confirms what is due (hold 0 days here): each
     * transaction confirmed at most once, none left pending once due (after the mail round's wait).
     */
    void confirmations(Connection db) throws SQLException {
      Timestamp from = Timestamp.from(run.started);
      long confirmed = count(db, "SELECT COUNT(*) FROM cb_journal WHERE kind = 'CONFIRMATION' AND created_at >= ?", from);
      long twice = count(db, "SELECT COUNT(*) FROM (SELECT transaction_id FROM cb_journal WHERE kind = 'CONFIRMATION'"
          + " AND created_at >= ? GROUP BY transaction_id HAVING COUNT(*) > 1) twice", from);
      long due = count(db, "SELECT COUNT(*) FROM cb_transaction WHERE status = 'PENDING' AND created_at >= ?"
          + " AND confirm_after < now() - INTERVAL '60 seconds'", from);
      table.put("confirmation", new long[] {confirmed + due, confirmed + due, confirmed, 0, twice, due});
      if (twice + due > 0) {
        problems.add("confirmation: " + twice + " confirmed twice, " + due + " due but still pending");
      }
    }

    /**
     * One payout per Idempotency-Key (each request names its key in its UPI id); one request
     * journal per payout; a paid payout paid once, and nothing else paid.
     */
    void payouts(Connection db) throws SQLException {
      Set<String> sent = run.attempts.sent("payout-request");
      Set<String> details = sent.stream().map(k -> k + "@fault").collect(Collectors.toSet());
      Map<String, Long> byKey = applied(db, "SELECT replace(detail_value, '@fault', ''), COUNT(*)"
          + " FROM cb_payout_detail WHERE detail_value = ANY(?) GROUP BY detail_value", details);
      tally("payout-request", sent, run.attempts.accepted("payout-request"), byKey);
      long paid = count(db, "SELECT COUNT(*) FROM cb_payout WHERE status = 'PAID' AND requested_at >= ?",
          Timestamp.from(run.started));
      long paidTwice = count(db, "SELECT COUNT(*) FROM (SELECT reference FROM cb_journal WHERE kind = 'PAYOUT_PAID'"
          + " GROUP BY reference HAVING COUNT(*) > 1) twice");
      long paidWrong = count(db, "SELECT COUNT(*) FROM cb_payout p WHERE p.requested_at >= ? AND"
          + " (SELECT COUNT(*) FROM cb_journal j WHERE j.kind = 'PAYOUT_PAID' AND j.reference = 'payout:' || p.id)"
          + " <> CASE WHEN p.status = 'PAID' THEN 1 ELSE 0 END", Timestamp.from(run.started));
      long requestWrong = count(db, "SELECT COUNT(*) FROM cb_payout p WHERE p.requested_at >= ? AND"
          + " (SELECT COUNT(*) FROM cb_journal j WHERE j.kind = 'PAYOUT_REQUEST' AND j.reference = 'payout:' || p.id)"
          + " <> 1", Timestamp.from(run.started));
      Set<String> decided = new HashSet<>(run.attempts.sent("payout-approve"));
      decided.addAll(run.attempts.sent("payout-reject"));
      Set<String> decidedOk = new HashSet<>(run.attempts.accepted("payout-approve"));
      decidedOk.addAll(run.attempts.accepted("payout-reject"));
      table.put("payout-decision", new long[] {decided.size(), decidedOk.size(), paid, 0, paidTwice, paidWrong});
      if (paidTwice + paidWrong + requestWrong > 0) {
        problems.add("payouts: " + paidTwice + " paid twice, " + paidWrong + " paid journals not matching the status, "
            + requestWrong + " without exactly one request journal");
      }
    }

    /** Every e-mail the sink received once; every message marked SENT received. */
    void mails(Connection db) throws Exception {
      Thread.sleep(Duration.ofSeconds(20).toMillis()); // one more round of every node's mail timer
      // The messages marked SENT first, then what the sink received: the sink writes a message down
      // before it answers, so each one marked SENT by now is in the file. Read the other way round,
      // a retry sent between the two reads (the nodes keep sending) would look lost.
      Map<String, Long> sent = applied(db, "SELECT CAST(id AS VARCHAR), 1 FROM cb_mail_outbox WHERE status = 'SENT'"
          + " AND created_at >= ?", Timestamp.from(run.started));
      List<String> lines = Files.exists(run.mails) ? Files.readAllLines(run.mails) : List.of();
      Map<String, Long> received = lines.stream().map(l -> l.split("\t")[0])
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      long twice = received.values().stream().filter(n -> n > 1).count();
      long notReceived = sent.keySet().stream().filter(id -> !received.containsKey(id)).count();
      long unknown = count(db, "SELECT COUNT(*) FROM cb_mail_outbox WHERE status = 'UNKNOWN' AND created_at >= ?",
          Timestamp.from(run.started));
      long queued = count(db, "SELECT COUNT(*) FROM cb_mail_outbox WHERE status IN ('QUEUED', 'SENDING')"
          + " AND created_at >= ?", Timestamp.from(run.started));
      table.put("e-mail", new long[] {sent.size() + unknown + queued, sent.size(), received.size(), unknown, twice,
          notReceived});
      if (twice > 0 || notReceived > 0) {
        problems.add("e-mail: " + twice + " received twice, " + notReceived + " marked sent but never received");
      }
    }

    void print(long waiting) {
      System.out.println();
      System.out.printf("%-16s %8s %9s %8s %14s %11s %5s%n", "event", "sent", "accepted", "applied",
          "unacknowledged", "duplicated", "lost");
      table.forEach((kind, f) -> System.out.printf("%-16s %8d %9d %8d %14d %11d %5d%n", kind, f[0], f[1], f[2], f[3],
          f[4], f[5]));
      System.out.println("(confirmation: sent = due, applied = confirmed, duplicated = confirmed twice, lost = due"
          + " but still pending; postback-final: lost = conversions not in the final status; payout-decision: applied ="
          + " payouts paid, duplicated = paid twice, lost = paid journals not matching the status;"
          + " e-mail: sent = queued in the run, accepted = marked sent, applied = received,"
          + " unacknowledged = outcome unknown, duplicated = received twice, lost = marked sent, never received)");
      for (String kind : List.of("purchase", "refund", "postback", "postback-final", "checkout", "click",
          "payout-request", "payout-approve", "payout-reject", "payout-list")) {
        System.out.printf("answers %-15s %s%n", kind, run.attempts.statuses(kind));
      }
      System.out.println("inbox rows still waiting: " + waiting);
    }

    void ledgerCheck() {
      HttpResponse<String> check = Http.exchange(Http.asUser(run.lb, API + "/ledger-check", "admin")
          .POST(HttpRequest.BodyPublishers.noBody()).build());
      String body = check == null ? "no answer" : check.body();
      System.out.println("ledger check: " + body.replaceAll("\\s+", " "));
      if (check == null || !body.contains("\"sound\":true")) {
        problems.add("the ledger check is not sound");
      }
    }
  }

  /**
   * A minimal SMTP server: enough of RFC 5321 for the plugin's JavaMail client (EHLO/HELO, MAIL,
   * RCPT, DATA, RSET, NOOP, QUIT). Each message is appended as one line when its DATA ends.
   */
  static final class SmtpSink {
    final int port;
    final Path file;

    SmtpSink(int port, Path file) {
      this.port = port;
      this.file = file;
    }

    void run() throws IOException {
      try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
        while (true) {
          Socket socket = server.accept();
          new Thread(() -> session(socket), "smtp").start();
        }
      }
    }

    void session(Socket socket) {
      try (socket;
          BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
          OutputStream raw = socket.getOutputStream()) {
        PrintWriter out = new PrintWriter(raw, true, StandardCharsets.UTF_8);
        reply(out, "220 fault-run sink");
        String line;
        while ((line = in.readLine()) != null) {
          String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
          switch (verb) {
            case "EHLO" -> reply(out, "250-fault-run\r\n250 8BITMIME");
            case "DATA" -> {
              reply(out, "354 end with .");
              String id = "?";
              String subject = "";
              while ((line = in.readLine()) != null && !line.equals(".")) {
                if (line.startsWith("X-Cashback-Message:")) {
                  id = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.startsWith("Subject:")) {
                  subject = line.substring(line.indexOf(':') + 1).trim();
                }
              }
              synchronized (SmtpSink.class) {
                Files.writeString(file, id + "\t" + subject + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
              }
              reply(out, "250 queued");
            }
            case "QUIT" -> {
              reply(out, "221 bye");
              return;
            }
            default -> reply(out, "250 ok");
          }
        }
      } catch (IOException e) {
        // The client went away; the next session starts afresh.
      }
    }

    static void reply(PrintWriter out, String text) {
      out.print(text + "\r\n");
      out.flush();
    }
  }
}
