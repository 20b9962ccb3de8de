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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cashback plugin should hold after each step, computed independently of it: the
 * documented arithmetic (cashback = base × rate, rounded down to the currency's minor unit;
 * reversals cumulative and rounded down, a full refund reversing the whole grant; the donation
 * share taken at confirmation; the default clawback policy letting the available balance go
 * negative) on plain numbers. Two behaviours are encoded as they are specified, not as the code had
 * them: a refund in another currency than its purchase's changes nothing, and an item refund is
 * spread over the lines of its target in line order, each taking up to what it still has to refund,
 * with the cashback spent on those lines returned by the same split.
 */
final class ReferenceModel {

  static final Duration HOLD = Duration.ofDays(14);

  /** The percentage each test rule grants, per currency (above the demo rule's 10 %). */
  static final Map<String, BigDecimal> RATES =
      Map.of(
          "USD",
          new BigDecimal("12.5"),
          "JPY",
          new BigDecimal("15"),
          "BHD",
          new BigDecimal("11.25"));

  static final List<String> CURRENCIES = List.of("USD", "JPY", "BHD");

  /** The demo network's terms: the learner's share of a commission, and its confirm days. */
  static final BigDecimal NETWORK_SHARE = new BigDecimal("80");

  static final Duration NETWORK_HOLD = Duration.ofDays(30);

  /** How long available cashback lasts (the test deployment's cashback.expiry.days). */
  static final Duration EXPIRY = Duration.ofDays(20);

  /** How long cashback given back after its lot's expiry lasts (cashback.expiry.grace-days). */
  static final Duration GRACE = Duration.ofDays(7);

  enum Status {
    PENDING,
    CONFIRMED,
    DECLINED,
    REVERSED
  }

  enum PayoutState {
    REQUESTED,
    UNKNOWN,
    PAID,
    REJECTED
  }

  static final class Wallet {
    BigDecimal pending = BigDecimal.ZERO;
    BigDecimal available = BigDecimal.ZERO;
    BigDecimal withdrawing = BigDecimal.ZERO;
    final List<Lot> lots = new ArrayList<>();

    /**
     * The lots each reference took from, in the order it took them (a return goes back last-first).
     */
    final Map<String, List<Lot>> tookFrom = new HashMap<>();
  }

  /**
   * An amount that became available at once, with its expiry: taken from by spends and payouts
   * (soonest expiry first), by a clawback (its own cashback first), given back by returns (to the
   * lots they took from), and what is left of it expires.
   */
  static final class Lot {
    final Tx tx;
    final long seq;
    final Instant createdAt;
    Instant expiresAt;
    BigDecimal remaining;
    BigDecimal expired = BigDecimal.ZERO;

    /** What each reference (a purchase's spend, a payout) took from it, net of returns. */
    final Map<String, BigDecimal> takenBy = new LinkedHashMap<>();

    Lot(Tx tx, long seq, Instant createdAt, Instant expiresAt, BigDecimal amount) {
      this.tx = tx;
      this.seq = seq;
      this.createdAt = createdAt;
      this.expiresAt = expiresAt;
      this.remaining = amount;
    }
  }

  /** The cashback granted on one line, as the plugin's transaction should show it. */
  static final class Tx {
    final BigDecimal grant;
    final BigDecimal share;
    final Instant confirmAfter;
    BigDecimal reversed = BigDecimal.ZERO;
    BigDecimal refundedPurchase = BigDecimal.ZERO;
    Status status = Status.PENDING;
    BigDecimal confirmedAmount;
    BigDecimal donated = BigDecimal.ZERO;
    BigDecimal donationReversed = BigDecimal.ZERO;

    /** What of this cashback expired in the wallet, and what refunds let off because of it. */
    BigDecimal expired = BigDecimal.ZERO;

    BigDecimal expiredForgiven = BigDecimal.ZERO;

    Tx(BigDecimal grant, BigDecimal share, Instant confirmAfter) {
      this.grant = grant;
      this.share = share;
      this.confirmAfter = confirmAfter;
    }

    BigDecimal outstanding() {
      return grant.subtract(reversed);
    }
  }

  static final class LineState {
    final int lineNo;
    final Line line;
    Tx tx;

    /** What host refunds (by item or by amount) paid back on this line so far. */
    BigDecimal refunded = BigDecimal.ZERO;

    LineState(int lineNo, Line line) {
      this.lineNo = lineNo;
      this.line = line;
    }
  }

  static final class PurchaseState {
    final Purchase op;
    final Instant occurredAt;
    final List<LineState> lines = new ArrayList<>();
    boolean arrived;
    final List<HostRefund> waiting = new ArrayList<>();

    /** Cash refunded by applied refunds (their stated totals), and spent cashback returned. */
    BigDecimal cashRefunded = BigDecimal.ZERO;

    BigDecimal returned = BigDecimal.ZERO;

    /** Refunds issued in the purchase's currency, applied or waiting: the generator's limit. */
    BigDecimal issued = BigDecimal.ZERO;

    final Map<String, BigDecimal> issuedPerTarget = new HashMap<>();
    int earlyRefunds;

    PurchaseState(Purchase op, Instant occurredAt) {
      this.op = op;
      this.occurredAt = occurredAt;
      int no = 1;
      for (Line line : op.lines()) {
        lines.add(new LineState(no++, line));
      }
    }

    BigDecimal cashPaid() {
      return op.lines().stream().map(Line::base).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal baseOf(String target) {
      return op.lines().stream()
          .filter(l -> l.target().equals(target))
          .map(Line::base)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  record Payout(int user, String currency, BigDecimal amount, boolean unsure, PayoutState state) {
    Payout in(PayoutState next) {
      return new Payout(user, currency, amount, unsure, next);
    }
  }

  final int learners;
  final Map<String, Wallet> wallets = new LinkedHashMap<>();
  final Map<String, PurchaseState> purchases = new LinkedHashMap<>();
  final Map<String, HostRefund> fired = new LinkedHashMap<>();
  final Set<String> applied = new HashSet<>();
  final Map<String, Payout> payouts = new LinkedHashMap<>();

  /** Shop conversions by the network's transaction id: the learner, currency and cashback. */
  record Conversion(int user, String currency, Tx tx) {}

  final Map<String, Conversion> conversions = new LinkedHashMap<>();
  final boolean[] disabled;
  final BigDecimal[] shares;
  Instant now;

  ReferenceModel(int learners, Instant start) {
    this.learners = learners;
    this.disabled = new boolean[learners];
    this.shares = new BigDecimal[learners];
    java.util.Arrays.fill(shares, BigDecimal.ZERO);
    this.now = start;
  }

  static int digits(String currency) {
    return Currency.getInstance(currency).getDefaultFractionDigits();
  }

  static BigDecimal floor(BigDecimal amount, String currency) {
    return amount.setScale(digits(currency), RoundingMode.DOWN);
  }

  Wallet wallet(int user, String currency) {
    return wallets.computeIfAbsent(user + "|" + currency, k -> new Wallet());
  }

  BigDecimal available(int user, String currency) {
    return wallet(user, currency).available;
  }

  // --- which steps still make sense (a shrunk sequence may have lost what a step needs)

  boolean applicable(ModelOp op) {
    if (op instanceof Purchase p) {
      return !purchases.containsKey(p.id())
          && (p.delayed() || p.fromWallet().compareTo(available(p.user(), p.currency())) <= 0);
    }
    if (op instanceof Arrive a) {
      PurchaseState p = purchases.get(a.purchase());
      return p != null && !p.arrived;
    }
    if (op instanceof HostRefund r) {
      return refundFits(r);
    }
    if (op instanceof RepeatRefund r) {
      return fired.containsKey(r.id());
    }
    if (op instanceof AdminRefund r) {
      Tx tx = txOf(r.purchase(), r.lineNo());
      return tx != null
          && tx.outstanding().signum() > 0
          && (r.amount() == null || r.amount().compareTo(tx.outstanding()) <= 0);
    }
    if (op instanceof DecidePayout d) {
      return payoutIn(d.id(), PayoutState.REQUESTED);
    }
    if (op instanceof Reconcile r) {
      return payoutIn(r.id(), PayoutState.UNKNOWN);
    }
    if (op instanceof Switch s) {
      return disabled[s.user()] == s.enable();
    }
    if (op instanceof RequestPayout r) {
      return !payouts.containsKey(r.id());
    }
    if (op instanceof Postback b) {
      Conversion known = conversions.get(b.id());
      return known == null || (known.user() == b.user() && known.currency().equals(b.currency()));
    }
    return true; // the clock, spending and donation shares always apply
  }

  private boolean payoutIn(String id, PayoutState state) {
    Payout payout = payouts.get(id);
    return payout != null && payout.state() == state;
  }

  /** A refund in the purchase's currency never pays back more than is left to refund. */
  private boolean refundFits(HostRefund r) {
    PurchaseState p = purchases.get(r.purchase());
    if (p == null || fired.containsKey(r.id())) {
      return false;
    }
    if (!r.currency().equals(p.op.currency())) {
      return true;
    }
    if (r.items().isEmpty()) {
      return p.issued.add(r.amount()).compareTo(p.cashPaid()) <= 0;
    }
    return r.items().stream()
        .allMatch(
            i ->
                p.issuedPerTarget
                        .getOrDefault(i.target(), BigDecimal.ZERO)
                        .add(i.amount())
                        .compareTo(p.baseOf(i.target()))
                    <= 0);
  }

  Tx txOf(String purchase, int lineNo) {
    PurchaseState p = purchases.get(purchase);
    return p == null || lineNo < 1 || lineNo > p.lines.size() ? null : p.lines.get(lineNo - 1).tx;
  }

  // --- what each step should do

  /** Applies an applicable step; returns false where the product should refuse it. */
  boolean apply(ModelOp op) {
    if (op instanceof Purchase p) {
      PurchaseState state = new PurchaseState(p, now);
      purchases.put(p.id(), state);
      if (!p.delayed()) {
        arrive(state);
      }
    } else if (op instanceof Arrive a) {
      arrive(purchases.get(a.purchase()));
    } else if (op instanceof HostRefund r) {
      fired.put(r.id(), r);
      PurchaseState p = purchases.get(r.purchase());
      if (r.currency().equals(p.op.currency())) {
        p.issued = p.issued.add(stated(r));
        r.items().forEach(i -> p.issuedPerTarget.merge(i.target(), i.amount(), BigDecimal::add));
      }
      if (!p.arrived) {
        p.earlyRefunds++;
        p.waiting.add(r);
      } else {
        refund(p, r);
      }
    } else if (op instanceof AdminRefund r) {
      Tx tx = txOf(r.purchase(), r.lineNo());
      PurchaseState p = purchases.get(r.purchase());
      reverse(tx, r.amount() == null ? tx.outstanding() : r.amount(), p.op.user(), p.op.currency());
    } else if (op instanceof AdvanceClock c) {
      now = now.plus(Duration.ofDays(c.days()));
      expireDue();
      confirmDue();
    } else if (op instanceof Spend s) {
      Wallet w = wallet(s.user(), s.currency());
      if (w.available.compareTo(s.amount()) < 0) {
        return false;
      }
      change(w, s.amount().negate(), null, null);
    } else if (op instanceof RequestPayout r) {
      Wallet w = wallet(r.user(), r.currency());
      if (w.available.compareTo(r.amount()) < 0) {
        return false;
      }
      change(w, r.amount().negate(), null, "payout:" + r.id());
      w.withdrawing = w.withdrawing.add(r.amount());
      payouts.put(
          r.id(),
          new Payout(r.user(), r.currency(), r.amount(), r.unsure(), PayoutState.REQUESTED));
    } else if (op instanceof DecidePayout d) {
      Payout payout = payouts.get(d.id());
      if (!d.approve()) {
        settle(d.id(), payout, false);
      } else if (payout.unsure()) {
        payouts.put(d.id(), payout.in(PayoutState.UNKNOWN));
      } else {
        settle(d.id(), payout, true);
      }
    } else if (op instanceof Reconcile r) {
      settle(r.id(), payouts.get(r.id()), r.paid());
    } else if (op instanceof Postback b) {
      return postback(b);
    } else if (op instanceof DonationShare d) {
      shares[d.user()] = d.percent();
    } else if (op instanceof Switch s) {
      disabled[s.user()] = !s.enable();
    }
    // A repeated refund changes nothing: the plugin already has it.
    return true;
  }

  /**
   * The first report of a conversion grants the learner's share of the commission (rounded down),
   * held for the network's confirm days; a confirmed report confirms it at once, a declined one
   * takes back what is left. A disabled learner's new conversion is refused.
   */
  private boolean postback(Postback b) {
    Conversion conversion = conversions.get(b.id());
    if (conversion == null) {
      if (disabled[b.user()]) {
        return false;
      }
      BigDecimal grant =
          floor(
              b.commission()
                  .multiply(NETWORK_SHARE)
                  .divide(BigDecimal.valueOf(100), 10, RoundingMode.DOWN),
              b.currency());
      Tx tx =
          new Tx(grant, shares[b.user()], now.truncatedTo(ChronoUnit.MICROS).plus(NETWORK_HOLD));
      conversion = new Conversion(b.user(), b.currency(), tx);
      conversions.put(b.id(), conversion);
      Wallet w = wallet(b.user(), b.currency());
      w.pending = w.pending.add(grant);
    }
    Tx tx = conversion.tx();
    if (b.status().equals("approved") && tx.status == Status.PENDING) {
      confirm(tx, b.user(), b.currency());
    } else if (b.status().equals("rejected") && tx.outstanding().signum() > 0) {
      reverse(tx, tx.outstanding(), b.user(), b.currency());
    }
    return true;
  }

  private void settle(String id, Payout payout, boolean paid) {
    Wallet w = wallet(payout.user(), payout.currency());
    w.withdrawing = w.withdrawing.subtract(payout.amount());
    if (!paid) {
      change(w, payout.amount(), null, "payout:" + id);
    }
    payouts.put(id, payout.in(paid ? PayoutState.PAID : PayoutState.REJECTED));
  }

  /** The purchase reaches the plugin: cashback per line, then the refunds that waited for it. */
  private void arrive(PurchaseState p) {
    p.arrived = true;
    Purchase op = p.op;
    Wallet w = wallet(op.user(), op.currency());
    if (op.fromWallet().signum() > 0) {
      change(w, op.fromWallet().negate(), null, "purchase:" + op.id());
    }
    if (!disabled[op.user()]) {
      Instant confirmAfter = p.occurredAt.truncatedTo(ChronoUnit.MICROS).plus(HOLD);
      for (LineState line : p.lines) {
        BigDecimal base = line.line.base();
        BigDecimal grant =
            floor(
                base.multiply(RATES.get(op.currency())).movePointLeft(2).min(base), op.currency());
        if (grant.signum() > 0) {
          line.tx = new Tx(grant, shares[op.user()], confirmAfter);
          w.pending = w.pending.add(grant);
        }
      }
    }
    for (HostRefund waiting : p.waiting) {
      refund(p, waiting);
    }
    p.waiting.clear();
  }

  private static BigDecimal stated(HostRefund r) {
    return r.items().isEmpty()
        ? r.amount()
        : r.items().stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A host refund of an arrived purchase, applied once per refund id. */
  private void refund(PurchaseState p, HostRefund r) {
    if (!applied.add(r.id()) || !r.currency().equals(p.op.currency())) {
      return; // another currency than the purchase's: refused, nothing changes
    }
    String currency = p.op.currency();
    int user = p.op.user();
    if (r.items().isEmpty()) {
      // Spread cumulatively: after it each line has its base times the share of the purchase
      // refunded so far (4 decimals, truncated), all of it once the whole purchase is refunded;
      // what truncation leaves goes to the lines in order, so the parts add up to the amount.
      BigDecimal total = p.cashPaid();
      if (total.signum() > 0) {
        BigDecimal soFar = r.amount();
        for (LineState line : p.lines) {
          soFar = soFar.add(line.refunded);
        }
        Map<LineState, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal left = r.amount();
        for (LineState line : p.lines) {
          BigDecimal base = line.line.base();
          BigDecimal target =
              soFar.compareTo(total) >= 0
                  ? base
                  : base.multiply(soFar).divide(total, 4, RoundingMode.DOWN);
          BigDecimal part =
              target.subtract(line.refunded).min(left).min(base.subtract(line.refunded));
          if (part.signum() > 0) {
            parts.merge(line, part, BigDecimal::add);
            line.refunded = line.refunded.add(part);
            left = left.subtract(part);
          }
        }
        for (LineState line : p.lines) {
          BigDecimal part = left.min(line.line.base().subtract(line.refunded));
          if (part.signum() > 0) {
            parts.merge(line, part, BigDecimal::add);
            line.refunded = line.refunded.add(part);
            left = left.subtract(part);
          }
        }
        parts.forEach(
            (line, part) -> {
              if (line.tx != null) {
                refundLine(line, part, user, currency);
              }
            });
      }
    } else {
      for (Item item : r.items()) {
        BigDecimal left = item.amount();
        for (LineState line : p.lines) {
          if (!line.line.target().equals(item.target()) || left.signum() <= 0) {
            continue;
          }
          BigDecimal take = left.min(line.line.base().subtract(line.refunded));
          if (take.signum() > 0) {
            line.refunded = line.refunded.add(take);
            left = left.subtract(take);
            if (line.tx != null) {
              refundLine(line, take, user, currency);
            }
          }
        }
      }
    }
    p.cashRefunded = p.cashRefunded.add(stated(r));
    returnSpent(p, r);
  }

  /**
   * The host paid back {@code refunded} more of the line: the grant times the share of the line
   * refunded so far, rounded down, less what was reversed already (the plugin keeps the refunded
   * amount to four decimals).
   */
  private void refundLine(LineState line, BigDecimal refunded, int user, String currency) {
    Tx tx = line.tx;
    BigDecimal price = line.line.base();
    BigDecimal soFar = tx.refundedPurchase.add(refunded).min(price);
    tx.refundedPurchase = soFar.setScale(4, RoundingMode.HALF_UP);
    BigDecimal target =
        soFar.compareTo(price) == 0
            ? tx.grant
            : floor(tx.grant.multiply(soFar).divide(price, 20, RoundingMode.DOWN), currency);
    BigDecimal due = target.subtract(tx.reversed);
    if (due.signum() > 0) {
      reverse(tx, due.min(tx.outstanding()), user, currency);
    }
  }

  /** Cashback spent on the purchase comes back as the purchase is refunded. */
  private void returnSpent(PurchaseState p, HostRefund r) {
    BigDecimal spent = p.op.fromWallet();
    if (spent.signum() == 0) {
      return;
    }
    String currency = p.op.currency();
    BigDecimal left = spent.subtract(p.returned);
    BigDecimal returning;
    if (p.cashRefunded.compareTo(p.cashPaid()) >= 0) {
      returning = left;
    } else if (!r.items().isEmpty()) {
      // Cumulative per line, rounded down once: a line refunded in full gives back all spent on it.
      BigDecimal exact = BigDecimal.ZERO;
      for (LineState line : p.lines) {
        BigDecimal base = line.line.base();
        exact =
            exact.add(
                line.refunded.compareTo(base) >= 0
                    ? line.line.fromWallet()
                    : line.line
                        .fromWallet()
                        .multiply(line.refunded)
                        .divide(base, 20, RoundingMode.DOWN));
      }
      returning = floor(exact, currency).subtract(p.returned).min(left);
    } else {
      BigDecimal target =
          floor(
              spent.multiply(p.cashRefunded).divide(p.cashPaid(), 10, RoundingMode.DOWN), currency);
      returning = target.subtract(p.returned);
    }
    if (returning.signum() > 0) {
      p.returned = p.returned.add(returning);
      Wallet w = wallet(p.op.user(), currency);
      change(w, returning, null, "purchase:" + p.op.id());
    }
  }

  private void reverse(Tx tx, BigDecimal amount, int user, String currency) {
    if (tx.status == Status.DECLINED || amount.signum() <= 0) {
      return;
    }
    Wallet w = wallet(user, currency);
    Status before = tx.status;
    tx.reversed = tx.reversed.add(amount);
    boolean nothingLeft = tx.reversed.compareTo(tx.grant) == 0;
    if (before == Status.PENDING) {
      tx.status = nothingLeft ? Status.DECLINED : Status.PENDING;
      w.pending = w.pending.subtract(amount);
    } else {
      tx.status = Status.REVERSED;
      BigDecimal fromCause = reverseDonation(tx, currency);
      // What of this cashback expired already went back to the platform: not taken twice.
      BigDecimal learners = amount.subtract(fromCause);
      BigDecimal forgiven =
          learners.min(tx.expired.subtract(tx.expiredForgiven).max(BigDecimal.ZERO));
      tx.expiredForgiven = tx.expiredForgiven.add(forgiven);
      if (learners.subtract(forgiven).signum() > 0) {
        change(w, learners.subtract(forgiven).negate(), tx, null);
      }
    }
  }

  /**
   * The donation's share of all reversed since confirmation, rounded down, less returned before.
   */
  private static BigDecimal reverseDonation(Tx tx, String currency) {
    if (tx.confirmedAmount == null
        || tx.confirmedAmount.signum() == 0
        || tx.donated.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal since = tx.reversed.subtract(tx.grant.subtract(tx.confirmedAmount));
    BigDecimal target =
        since.compareTo(tx.confirmedAmount) >= 0
            ? tx.donated
            : floor(
                tx.donated.multiply(since).divide(tx.confirmedAmount, 20, RoundingMode.DOWN),
                currency);
    BigDecimal part = target.subtract(tx.donationReversed).max(BigDecimal.ZERO);
    tx.donationReversed = tx.donationReversed.add(part);
    return part;
  }

  /** Pending cashback whose hold is over becomes available, less the learner's donated share. */
  void confirmDue() {
    for (PurchaseState p : purchases.values()) {
      for (LineState line : p.lines) {
        if (line.tx != null) {
          confirmIfDue(line.tx, p.op.user(), p.op.currency());
        }
      }
    }
    for (Conversion c : conversions.values()) {
      confirmIfDue(c.tx(), c.user(), c.currency());
    }
  }

  private void confirmIfDue(Tx tx, int user, String currency) {
    if (tx.status == Status.PENDING && !tx.confirmAfter.isAfter(now)) {
      confirm(tx, user, currency);
    }
  }

  private void confirm(Tx tx, int user, String currency) {
    BigDecimal amount = tx.outstanding();
    tx.status = Status.CONFIRMED;
    tx.confirmedAmount = amount;
    tx.donated = floor(amount.multiply(tx.share).movePointLeft(2), currency);
    Wallet w = wallet(user, currency);
    w.pending = w.pending.subtract(amount);
    if (amount.subtract(tx.donated).signum() > 0) {
      change(w, amount.subtract(tx.donated), tx, null);
    }
  }

  private long lotSeq;

  /**
   * The available balance moves by {@code delta}; its lots follow the part above zero: a credit
   * gives back to the lots {@code ref} took from (renewed for the grace days if expired) and makes
   * a lot of the rest, a debit takes from the lots ({@code own}'s first, then soonest expiry,
   * never-expiring last, older first), recording what {@code ref} took.
   */
  private void change(Wallet w, BigDecimal delta, Tx own, String ref) {
    BigDecimal before = w.available;
    w.available = before.add(delta);
    BigDecimal lots = w.available.max(BigDecimal.ZERO).subtract(before.max(BigDecimal.ZERO));
    if (lots.signum() > 0) {
      BigDecimal left = lots;
      if (ref != null) {
        List<Lot> took = new ArrayList<>(w.tookFrom.getOrDefault(ref, List.of()));
        java.util.Collections.reverse(took);
        for (Lot lot : took) {
          BigDecimal taken = lot.takenBy.getOrDefault(ref, BigDecimal.ZERO);
          BigDecimal part = left.min(taken);
          if (part.signum() > 0) {
            lot.remaining = lot.remaining.add(part);
            lot.takenBy.put(ref, taken.subtract(part));
            if (lot.expiresAt != null && !lot.expiresAt.isAfter(now)) {
              lot.expiresAt = now.plus(GRACE);
            }
            left = left.subtract(part);
          }
        }
      }
      if (left.signum() > 0) {
        w.lots.add(new Lot(own, lotSeq++, now, now.plus(EXPIRY), left));
      }
    } else if (lots.signum() < 0) {
      BigDecimal left = lots.negate();
      List<Lot> order = new ArrayList<>(w.lots);
      order.sort(
          java.util.Comparator.comparing((Lot l) -> own != null && l.tx == own ? 0 : 1)
              .thenComparing(
                  l -> l.expiresAt,
                  java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
              .thenComparing(l -> l.createdAt)
              .thenComparing(l -> l.seq));
      for (Lot lot : order) {
        BigDecimal part = left.min(lot.remaining);
        if (part.signum() > 0) {
          lot.remaining = lot.remaining.subtract(part);
          if (ref != null) {
            lot.takenBy.merge(ref, part, BigDecimal::add);
            List<Lot> took = w.tookFrom.computeIfAbsent(ref, r -> new ArrayList<>());
            took.remove(lot);
            took.add(lot);
          }
          left = left.subtract(part);
        }
      }
    }
  }

  /** What is left of every lot whose expiry has come leaves its wallet. */
  void expireDue() {
    for (Wallet w : wallets.values()) {
      for (Lot lot : w.lots) {
        if (lot.expiresAt != null && !lot.expiresAt.isAfter(now) && lot.remaining.signum() > 0) {
          BigDecimal left = lot.remaining.min(w.available.max(BigDecimal.ZERO));
          lot.remaining = lot.remaining.subtract(left);
          lot.expired = lot.expired.add(left);
          if (lot.tx != null) {
            lot.tx.expired = lot.tx.expired.add(left);
          }
          w.available = w.available.subtract(left);
        }
      }
    }
  }
}
