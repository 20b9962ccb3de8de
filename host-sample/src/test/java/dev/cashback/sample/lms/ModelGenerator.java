package dev.cashback.sample.lms;

import dev.cashback.sample.lms.ModelOp.AdminRefund;
import dev.cashback.sample.lms.ModelOp.AdvanceClock;
import dev.cashback.sample.lms.ModelOp.Arrive;
import dev.cashback.sample.lms.ModelOp.DecidePayout;
import dev.cashback.sample.lms.ModelOp.DonationShare;
import dev.cashback.sample.lms.ModelOp.HostRefund;
import dev.cashback.sample.lms.ModelOp.Item;
import dev.cashback.sample.lms.ModelOp.Line;
import dev.cashback.sample.lms.ModelOp.Postback;
import dev.cashback.sample.lms.ModelOp.Purchase;
import dev.cashback.sample.lms.ModelOp.Reconcile;
import dev.cashback.sample.lms.ModelOp.RepeatRefund;
import dev.cashback.sample.lms.ModelOp.RequestPayout;
import dev.cashback.sample.lms.ModelOp.Spend;
import dev.cashback.sample.lms.ModelOp.Switch;
import dev.cashback.sample.lms.ReferenceModel.LineState;
import dev.cashback.sample.lms.ReferenceModel.PayoutState;
import dev.cashback.sample.lms.ReferenceModel.PurchaseState;
import dev.cashback.sample.lms.ReferenceModel.Tx;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the next step of a sequence from a seeded {@link Random} and the model's state, so one seed
 * always gives the same sequence. Steps are valid when drawn (refunds within what is left to
 * refund, wallet parts within the available balance); some are meant to be refused (spending or
 * withdrawing more than is available, refunds in another currency).
 */
final class ModelGenerator {

  /** Switches to leave out the two operations whose fixes are pending elsewhere. */
  record Options(boolean wrongCurrencyRefunds, boolean sharedTargets) {}

  private final Random random;
  private final ReferenceModel model;
  private final Options options;
  private int purchases;
  private int refunds;
  private int payouts;
  private int conversions;

  ModelGenerator(long seed, ReferenceModel model, Options options) {
    this.random = new Random(seed);
    this.model = model;
    this.options = options;
  }

  ModelOp next() {
    while (true) {
      ModelOp op = draw();
      if (op != null && model.applicable(op)) {
        return op;
      }
    }
  }

  private ModelOp draw() {
    int roll = random.nextInt(100);
    if (roll < 28) {
      return purchase();
    }
    if (roll < 34) {
      return arrival();
    }
    if (roll < 54) {
      return refund();
    }
    if (roll < 57) {
      return repeatRefund();
    }
    if (roll < 63) {
      return adminRefund();
    }
    if (roll < 72) {
      return new AdvanceClock(random.nextInt(4) == 0 ? 14 : 1 + random.nextInt(20));
    }
    if (roll < 77) {
      return spend();
    }
    if (roll < 83) {
      return payoutRequest();
    }
    if (roll < 91) {
      return payoutDecision();
    }
    if (roll < 93) {
      return postback();
    }
    if (roll < 96) {
      return new DonationShare(user(), pick("0", "10", "25", "33.33", "50", "100"));
    }
    int user = user();
    return new Switch(user, model.disabled[user]);
  }

  private int user() {
    return random.nextInt(model.learners);
  }

  private String currency() {
    return ReferenceModel.CURRENCIES.get(random.nextInt(ReferenceModel.CURRENCIES.size()));
  }

  private BigDecimal pick(String... values) {
    return new BigDecimal(values[random.nextInt(values.length)]);
  }

  /** The smallest base a line keeps: its cashback is then at least one minor unit. */
  private static long minimumBase(String currency) {
    return currency.equals("BHD") ? 1000 : 100;
  }

  private static BigDecimal money(long minorUnits, String currency) {
    return BigDecimal.valueOf(minorUnits, ReferenceModel.digits(currency));
  }

  private static long minor(BigDecimal amount, String currency) {
    return amount.movePointRight(ReferenceModel.digits(currency)).longValueExact();
  }

  private long between(long low, long high) {
    return high <= low ? low : low + (long) (random.nextDouble() * (high - low + 1));
  }

  private ModelOp purchase() {
    int user = user();
    String currency = currency();
    boolean delayed = random.nextInt(6) == 0;
    int count = 1 + random.nextInt(4);
    List<String> targets = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String target;
      if (options.sharedTargets()) {
        target = "course-" + (1 + random.nextInt(3));
      } else {
        do {
          target = "course-" + (1 + random.nextInt(9));
        } while (!used.add(target));
      }
      targets.add(target);
    }
    long unitMinimum = minimumBase(currency);
    long walletLeft =
        delayed || random.nextInt(3) != 0
            ? 0
            : Math.max(0, minor(model.available(user, currency), currency));
    List<Line> lines = new ArrayList<>();
    for (String target : targets) {
      long unit = between(unitMinimum, unitMinimum * (currency.equals("JPY") ? 150 : 150));
      int quantity = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
      long total = unit * quantity;
      long discount = random.nextInt(4) == 0 ? between(1, (total - unitMinimum) / 2) : 0;
      if (total - discount < unitMinimum) {
        discount = 0;
      }
      long room = total - discount - unitMinimum;
      long wallet = walletLeft > 0 && room > 0 ? between(0, Math.min(room, walletLeft)) : 0;
      walletLeft -= wallet;
      lines.add(
          new Line(
              target,
              money(unit, currency),
              quantity,
              money(discount, currency),
              money(wallet, currency)));
    }
    return new Purchase("p" + purchases++, user, currency, lines, random.nextBoolean(), delayed);
  }

  private ModelOp arrival() {
    List<PurchaseState> late = model.purchases.values().stream().filter(p -> !p.arrived).toList();
    return late.isEmpty() ? purchase() : new Arrive(late.get(random.nextInt(late.size())).op.id());
  }

  private ModelOp refund() {
    List<PurchaseState> candidates =
        model.purchases.values().stream().filter(p -> p.arrived || p.earlyRefunds == 0).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    PurchaseState p = candidates.get(random.nextInt(candidates.size()));
    String currency = p.op.currency();
    boolean wrongCurrency = options.wrongCurrencyRefunds() && random.nextInt(8) == 0;
    String id = "r" + refunds++;
    if (!p.op.itemisedRefunds()) {
      long left = minor(p.cashPaid().subtract(p.issued), currency);
      if (left <= 0 && !wrongCurrency) {
        return null;
      }
      long amount = random.nextInt(3) == 0 ? left : between(1, left);
      return new HostRefund(
          id,
          p.op.id(),
          wrongCurrency ? other(currency) : currency,
          money(amount, currency),
          List.of());
    }
    List<Item> items = new ArrayList<>();
    Set<String> targets = new LinkedHashSet<>();
    p.op.lines().forEach(l -> targets.add(l.target()));
    for (String target : targets) {
      long left =
          minor(
              p.baseOf(target).subtract(p.issuedPerTarget.getOrDefault(target, BigDecimal.ZERO)),
              currency);
      if (left > 0 && (items.isEmpty() || random.nextInt(3) == 0)) {
        long amount = random.nextInt(3) == 0 ? left : between(1, left);
        items.add(new Item(target, money(amount, currency)));
      }
    }
    if (items.isEmpty()) {
      return null;
    }
    BigDecimal total = items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new HostRefund(id, p.op.id(), wrongCurrency ? other(currency) : currency, total, items);
  }

  private String other(String currency) {
    List<String> others =
        ReferenceModel.CURRENCIES.stream().filter(c -> !c.equals(currency)).toList();
    return others.get(random.nextInt(others.size()));
  }

  private ModelOp repeatRefund() {
    List<String> ids = new ArrayList<>(model.fired.keySet());
    return ids.isEmpty() ? null : new RepeatRefund(ids.get(random.nextInt(ids.size())));
  }

  private ModelOp adminRefund() {
    List<LineState> open = new ArrayList<>();
    List<String> of = new ArrayList<>();
    for (PurchaseState p : model.purchases.values()) {
      for (LineState line : p.lines) {
        if (line.tx != null && line.tx.outstanding().signum() > 0) {
          open.add(line);
          of.add(p.op.id());
        }
      }
    }
    if (open.isEmpty()) {
      return null;
    }
    int chosen = random.nextInt(open.size());
    LineState line = open.get(chosen);
    String currency = model.purchases.get(of.get(chosen)).op.currency();
    Tx tx = line.tx;
    BigDecimal amount =
        random.nextInt(3) == 0
            ? null
            : money(between(1, minor(tx.outstanding(), currency)), currency);
    return new AdminRefund(of.get(chosen), line.lineNo, amount);
  }

  private ModelOp spend() {
    int user = user();
    String currency = currency();
    long available = minor(model.available(user, currency), currency);
    long amount = available > 0 && random.nextInt(5) != 0 ? between(1, available) : available + 1;
    return new Spend(user, currency, money(Math.max(1, amount), currency));
  }

  private ModelOp payoutRequest() {
    int user = user();
    String currency = currency();
    long minimum = minimumBase(currency);
    long available = minor(model.available(user, currency), currency);
    long amount =
        available >= minimum && random.nextInt(6) != 0
            ? between(minimum, available)
            : Math.max(minimum, available + 1);
    boolean unsure = currency.equals("USD") && random.nextInt(3) == 0;
    return new RequestPayout("w" + payouts++, user, currency, money(amount, currency), unsure);
  }

  /** A new conversion (mostly pending), or a later report of a known one. */
  private ModelOp postback() {
    List<String> known = new ArrayList<>(model.conversions.keySet());
    String status = new String[] {"pending", "approved", "rejected"}[random.nextInt(3)];
    if (!known.isEmpty() && random.nextBoolean()) {
      String id = known.get(random.nextInt(known.size()));
      ReferenceModel.Conversion c = model.conversions.get(id);
      return new Postback(id, c.user(), c.currency(), c.tx().grant.max(BigDecimal.ONE), status);
    }
    String currency = currency();
    long commission = between(1, minimumBase(currency) * 50);
    return new Postback(
        "n" + conversions++,
        user(),
        currency,
        money(commission, currency),
        random.nextInt(3) == 0 ? status : "pending");
  }

  private ModelOp payoutDecision() {
    List<String> open = new ArrayList<>();
    model.payouts.forEach(
        (id, payout) -> {
          if (payout.state() == PayoutState.REQUESTED || payout.state() == PayoutState.UNKNOWN) {
            open.add(id);
          }
        });
    if (open.isEmpty()) {
      return null;
    }
    String id = open.get(random.nextInt(open.size()));
    if (model.payouts.get(id).state() == PayoutState.UNKNOWN) {
      return new Reconcile(id, random.nextBoolean());
    }
    return new DecidePayout(id, random.nextInt(3) != 0);
  }
}
