package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cashback.plugin.api.CashbackClicks;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.accrual.CashbackSwitches;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import dev.cashback.plugin.application.network.NetworkConversions;
import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.application.wallet.CashbackExpiry;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.intake.Inbox;
import dev.cashback.plugin.infrastructure.intake.InboxEventApplier;
import dev.cashback.sample.lms.ModelProduct.Mismatch;
import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.ServletContext;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Model-based test: random sequences of purchases, refunds, admin refunds, clock moves, spending,
 * payouts, donation shares and learner switches, run against the deployed plugin and compared after
 * every step with {@link ReferenceModel}: every balance, every transaction's outstanding cashback
 * and status, the ledger audit, no exception reaching the host, no inbox row left unprocessed once
 * its purchase is there. Deterministic from the printed seed ({@code model.seed} replays, {@code
 * model.sequences} and {@code model.steps} size the run); a failing sequence is shrunk (steps
 * removed while it still fails the same way) and printed step by step.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class ModelSequenceIT {

  private static final int LEARNERS = 3;
  private static final Map<String, Long> PAYOUT_METHODS = new ConcurrentHashMap<>();

  @Deployment
  static WebArchive deployment() {
    // Available cashback lasts 20 days here (grace for returns: 7), so sequences see it expire.
    return Deployments.hostWithPlugin("cashback.expiry.days=20")
        .addClasses(
            TestPersistence.class,
            ModelSequenceIT.class,
            LedgerStaysSound.class,
            ModelOp.class,
            ModelOp.Line.class,
            ModelOp.Item.class,
            ModelOp.Purchase.class,
            ModelOp.Arrive.class,
            ModelOp.HostRefund.class,
            ModelOp.RepeatRefund.class,
            ModelOp.AdminRefund.class,
            ModelOp.AdvanceClock.class,
            ModelOp.Spend.class,
            ModelOp.RequestPayout.class,
            ModelOp.DecidePayout.class,
            ModelOp.Reconcile.class,
            ModelOp.Postback.class,
            ModelOp.DonationShare.class,
            ModelOp.Switch.class,
            ReferenceModel.class,
            ModelGenerator.class,
            ModelProduct.class,
            ModelChecks.class,
            HostTransactions.class,
            HostTransactions.Work.class,
            ApiClient.class,
            TestDatabase.class,
            UnsurePayoutProvider.class);
  }

  @Inject Event<PurchaseCompleted> purchases;
  @Inject Event<PurchaseRefunded> refunds;
  @Inject CashbackLifecycle lifecycle;
  @Inject Wallets wallets;
  @Inject CashbackExpiry expiry;
  @Inject CashbackClock clock;
  @Inject LedgerChecks ledgerChecks;
  @Inject CashbackSwitches learnerSwitch;
  @Inject RuleAdministration ruleAdmin;
  @Inject InboxEventApplier inbox;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject CashbackClicks clicks;
  @Inject NetworkConversions conversions;

  @Inject ServletContext servletContext;

  @Inject HostTransactions host;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Inject EntityManager lms;

  TestDatabase database;
  private String hash;

  @AfterEach
  void clockBack() {
    clock.use(Clock.systemUTC());
  }

  @Test
  void randomSequences_agreeWithTheReferenceModel_afterEveryStep() throws Exception {
    database = new TestDatabase(db);
    long seed = number("model.seed", System.nanoTime() & 0xffffffffL);
    int sequences = (int) number("model.sequences", 6);
    int steps = (int) number("model.steps", 40);
    boolean keepGoing = flag("model.keepGoing", false);
    long shrinkSeconds = number("model.shrinkSeconds", 60);
    long maxSeconds = number("model.maxSeconds", 0);
    ModelGenerator.Options options =
        new ModelGenerator.Options(
            flag("model.wrongCurrencyRefunds", true), flag("model.sharedTargets", true));
    System.out.println(
        "model: seed " + seed + ", " + sequences + " sequences of " + steps + " steps, " + options);
    Instant stopBy = maxSeconds > 0 ? Instant.now().plusSeconds(maxSeconds) : Instant.MAX;
    int run = 0;
    long stepsRun = 0;
    List<String> defects = new ArrayList<>();
    Set<String> shrunk = new java.util.HashSet<>();
    for (int i = 0; i < sequences && Instant.now().isBefore(stopBy); i++) {
      long sequenceSeed = seed + i;
      Outcome outcome = run(sequenceSeed, null, steps, options);
      run++;
      stepsRun += outcome.ops().size();
      if (run % 10 == 0) {
        // A long run cut off from outside still leaves its figures so far.
        System.out.println(
            "model: so far "
                + run
                + " sequences, "
                + stepsRun
                + " steps, "
                + (defects.size() + (outcome.failure() == null ? 0 : 1))
                + " defects, seed "
                + seed);
      }
      if (outcome.failure() != null) {
        System.out.println(
            "model: sequence of seed "
                + sequenceSeed
                + " failed at step "
                + outcome.ops().size()
                + ": "
                + outcome.failure().getMessage()
                + "; shrinking");
        // A defect already shrunk once is only counted: a long run keeps looking for others.
        boolean known = !shrunk.add(outcome.failure().family());
        Outcome shortest = known ? outcome : shrink(sequenceSeed, outcome, options, shrinkSeconds);
        String report = report(sequenceSeed, steps, outcome, shortest);
        System.out.println(
            known ? report.lines().limit(2).reduce("", (a, b) -> a + b + "\n") : report);
        defects.add(report);
        if (!keepGoing) {
          break;
        }
      }
    }
    System.out.println(
        "model: "
            + run
            + " sequences, "
            + stepsRun
            + " steps, "
            + defects.size()
            + " defects, seed "
            + seed);
    assertEquals(List.of(), defects, "sequences that disagree with the model");
  }

  /** A whole-number setting; unset or blank gives the default. */
  private static long number(String name, long otherwise) {
    String value = System.getProperty(name, "").strip();
    return value.matches("-?\\d+") ? Long.parseLong(value) : otherwise;
  }

  private static boolean flag(String name, boolean otherwise) {
    String value = System.getProperty(name, "").strip();
    return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
        ? Boolean.parseBoolean(value)
        : otherwise;
  }

  /** The steps run (up to and including a failing one) and the failure, if any. */
  record Outcome(List<ModelOp> ops, Mismatch failure) {}

  /**
   * Runs one sequence on fresh learners: generated from the seed, or the given steps (those that no
   * longer apply after shrinking are left out).
   */
  Outcome run(long seed, List<ModelOp> given, int steps, ModelGenerator.Options options)
      throws Exception {
    String prefix = UUID.randomUUID().toString().substring(0, 8);
    ModelProduct product = new ModelProduct(this, prefix);
    List<String> users = new ArrayList<>();
    for (int u = 0; u < LEARNERS; u++) {
      users.add(learner(product.user(u)));
    }
    List<Long> rules = rules(prefix, users);
    ReferenceModel model =
        new ReferenceModel(LEARNERS, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    ModelGenerator generator = new ModelGenerator(seed, model, options);
    ModelChecks checks = new ModelChecks(this, product, model, users);
    List<ModelOp> done = new ArrayList<>();
    try {
      int count = given == null ? steps : given.size();
      for (int i = 0; i < count; i++) {
        ModelOp op = given == null ? generator.next() : given.get(i);
        if (!model.applicable(op)) {
          continue;
        }
        done.add(op);
        try {
          boolean accepted = product.run(op, model);
          boolean expected = model.apply(op);
          if (accepted != expected) {
            throw new Mismatch(
                "refusal",
                "the product " + (accepted ? "accepted" : "refused") + " what the model did not");
          }
          checks.drainInbox();
          // As the confirmation timer would: a purchase that arrives after its hold is over
          // confirms at once, not at the next move of the clock.
          confirmDue(model);
          checks.compare();
        } catch (Mismatch e) {
          return new Outcome(done, e);
        } catch (Exception | AssertionError e) {
          e.printStackTrace(System.out);
          return new Outcome(done, new Mismatch("exception", String.valueOf(e)));
        }
        model.now = model.now.plusSeconds(1);
      }
      return new Outcome(done, null);
    } finally {
      clock.use(Clock.systemUTC());
      for (long rule : rules) {
        ruleAdmin.changeStatus(rule, RuleStatus.INACTIVE, "Model sequence over", "admin");
      }
    }
  }

  private void confirmDue(ReferenceModel model) {
    clock.use(Clock.fixed(model.now, ZoneOffset.UTC));
    while (lifecycle.confirmDue(500) > 0) {
      // until nothing is due
    }
    model.confirmDue();
  }

  /** Removes steps while the sequence still fails the same way, within the time given. */
  private Outcome shrink(long seed, Outcome failing, ModelGenerator.Options options, long seconds)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(seconds);
    Outcome best = failing;
    int chunk = Math.max(1, best.ops().size() / 2);
    while (Instant.now().isBefore(deadline)) {
      boolean removed = false;
      for (int start = 0;
          start < best.ops().size() - 1 && Instant.now().isBefore(deadline);
          start += chunk) {
        List<ModelOp> candidate = new ArrayList<>(best.ops());
        candidate.subList(start, Math.min(start + chunk, candidate.size() - 1)).clear();
        Outcome tried = run(seed, candidate, 0, options);
        if (tried.failure() != null
            && tried.failure().signature().equals(failing.failure().signature())
            && tried.ops().size() < best.ops().size()) {
          best = tried;
          removed = true;
        }
      }
      if (!removed) {
        if (chunk == 1) {
          break;
        }
        chunk = Math.max(1, chunk / 2);
      }
    }
    return best;
  }

  private static String report(long seed, int steps, Outcome original, Outcome shortest) {
    StringBuilder text =
        new StringBuilder("model: DEFECT in sequence of seed ")
            .append(seed)
            .append(" (replay: -Dmodel.seed=")
            .append(seed)
            .append(" -Dmodel.sequences=1 -Dmodel.steps=")
            .append(steps)
            .append(")\n  failed at step ")
            .append(original.ops().size())
            .append(": ")
            .append(original.failure().getMessage())
            .append("\n  shortest sequence found (")
            .append(shortest.ops().size())
            .append(" steps), failing with: ")
            .append(shortest.failure().getMessage())
            .append('\n');
    for (int i = 0; i < shortest.ops().size(); i++) {
      text.append("    ").append(i + 1).append(". ").append(shortest.ops().get(i).describe());
      text.append('\n');
    }
    return text.toString();
  }

  /** A learner of the platform who can sign in (for payouts), verified, of this sequence only. */
  private String learner(String username) throws Exception {
    if (hash == null) {
      passwordHash.initialize(Map.of());
      hash = passwordHash.generate("demo1234".toCharArray());
    }
    host.inTransaction(
        () -> {
          Account account =
              new Account(username, username, username + "@example.com", Role.LEARNER, hash);
          account.emailVerified(OffsetDateTime.now(ZoneOffset.UTC));
          lms.persist(account);
        });
    return username;
  }

  /** One percentage rule per currency for this sequence's learners only. */
  private List<Long> rules(String prefix, List<String> users) {
    List<Long> ids = new ArrayList<>();
    ReferenceModel.RATES.forEach(
        (currency, rate) -> {
          RuleDraft draft = new RuleDraft();
          draft.setTitle("Model " + prefix + " " + currency);
          draft.setAmount(rate);
          draft.setAmountType(AmountType.PERCENTAGE);
          draft.setCurrency(currency);
          draft.setUserType(UserType.USERS);
          draft.setAudience(Set.copyOf(users));
          draft.setPriority(10);
          ids.add(ruleAdmin.create(draft, "admin").getId());
        });
    return ids;
  }

  /** The server's own address: Payara Micro was started with {@code --port}. */
  URL base() {
    try {
      Matcher port =
          Pattern.compile("--port\\s+(\\d+)")
              .matcher(String.valueOf(System.getProperty("sun.java.command")));
      return new URL(
          "http://localhost:"
              + (port.find() ? port.group(1) : "8080")
              + servletContext.getContextPath()
              + "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A payout method of the test's own per currency (and one whose provider times out). */
  long payoutMethod(String currency, boolean unsure) throws Exception {
    String key = currency + (unsure ? "-unsure" : "");
    Long known = PAYOUT_METHODS.get(key);
    if (known != null) {
      return known;
    }
    var created =
        new ApiClient(base(), "admin")
            .post(
                ApiClient.API + "/payout-methods",
                "{\"name\":\"Model "
                    + key
                    + " "
                    + UUID.randomUUID().toString().substring(0, 6)
                    + "\",\"type\":\"GIFT_VOUCHER\",\"minimumAmount\":"
                    + (currency.equals("BHD") ? "1.000" : currency.equals("JPY") ? "100" : "1.00")
                    + ",\"currency\":\""
                    + currency
                    + "\",\"processingDays\":2,\"fields\":[\"VOUCHER_EMAIL\"],\"provider\":\""
                    + (unsure ? "unsure" : "manual")
                    + "\",\"enabled\":true}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("payout method: " + created.statusCode() + created.body());
    }
    long id = ApiClient.object(created).getJsonNumber("id").longValue();
    PAYOUT_METHODS.put(key, id);
    return id;
  }

  /** Processes the sequence's inbox rows now, as the after-commit processing or timer would. */
  void process(Inbox which, String key) {
    inbox.process(which, key);
  }
}
