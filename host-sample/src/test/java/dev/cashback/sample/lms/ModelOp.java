package dev.cashback.sample.lms;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a model-based sequence (see {@link ModelSequenceIT}). Steps name learners, purchases,
 * refunds and payouts symbolically (u0, p3, r5, w1), so a sequence reads the same in every run and
 * can be replayed on fresh ids; {@link #describe()} is what a failure report prints.
 */
sealed interface ModelOp {

  String describe();

  /** One purchased line: what it cost, its discount and the part paid from the wallet. */
  record Line(
      String target,
      BigDecimal unitPrice,
      int quantity,
      BigDecimal discount,
      BigDecimal fromWallet) {

    BigDecimal total() {
      return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
    }

    /** What cashback is computed on and what a host refund of the line pays back at most. */
    BigDecimal base() {
      return total().subtract(fromWallet);
    }

    @Override
    public String toString() {
      return target
          + " "
          + unitPrice.toPlainString()
          + " x"
          + quantity
          + (discount.signum() > 0 ? " -" + discount.toPlainString() : "")
          + (fromWallet.signum() > 0 ? " (" + fromWallet.toPlainString() + " from wallet)" : "");
    }
  }

  /**
   * A purchase fired by the host. A delayed one is only announced here and fired by a later {@link
   * Arrive}, so refunds can come before their purchase.
   */
  record Purchase(
      String id,
      int user,
      String currency,
      List<Line> lines,
      boolean itemisedRefunds,
      boolean delayed)
      implements ModelOp {

    BigDecimal fromWallet() {
      return lines.stream().map(Line::fromWallet).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String describe() {
      return "purchase "
          + id
          + " by u"
          + user
          + ": "
          + lines.size()
          + " line"
          + (lines.size() == 1 ? " " : "s ")
          + lines
          + " "
          + currency
          + (fromWallet().signum() > 0 ? ", " + fromWallet().toPlainString() + " from wallet" : "")
          + (itemisedRefunds ? ", refunded by item" : ", refunded by amount")
          + (delayed ? ", delivered later" : "");
    }
  }

  record Arrive(String purchase) implements ModelOp {
    @Override
    public String describe() {
      return "purchase " + purchase + " arrives";
    }
  }

  record Item(String target, BigDecimal amount) {
    @Override
    public String toString() {
      return target + " " + amount.toPlainString();
    }
  }

  /** A host refund: by items when {@code items} is not empty, else by {@code amount}. */
  record HostRefund(
      String id, String purchase, String currency, BigDecimal amount, List<Item> items)
      implements ModelOp {
    @Override
    public String describe() {
      return "refund "
          + id
          + " of "
          + purchase
          + ": "
          + (items.isEmpty()
              ? amount.toPlainString()
              : "items " + items.stream().map(Item::toString).collect(Collectors.joining(", ")))
          + " "
          + currency;
    }
  }

  record RepeatRefund(String id) implements ModelOp {
    @Override
    public String describe() {
      return "refund " + id + " delivered again";
    }
  }

  /** An admin refunds {@code amount} (all that is left when null) of one line's cashback. */
  record AdminRefund(String purchase, int lineNo, BigDecimal amount) implements ModelOp {
    @Override
    public String describe() {
      return "admin refunds "
          + (amount == null ? "the rest" : amount.toPlainString())
          + " of the cashback on "
          + purchase
          + " line "
          + lineNo;
    }
  }

  record AdvanceClock(int days) implements ModelOp {
    @Override
    public String describe() {
      return "clock moves " + days + " days on, due cashback confirms";
    }
  }

  record Spend(int user, String currency, BigDecimal amount) implements ModelOp {
    @Override
    public String describe() {
      return "u" + user + " spends " + amount.toPlainString() + " " + currency + " at checkout";
    }
  }

  record RequestPayout(String id, int user, String currency, BigDecimal amount, boolean unsure)
      implements ModelOp {
    @Override
    public String describe() {
      return "u"
          + user
          + " requests payout "
          + id
          + " of "
          + amount.toPlainString()
          + " "
          + currency
          + (unsure ? " by a provider that times out" : "");
    }
  }

  record DecidePayout(String id, boolean approve) implements ModelOp {
    @Override
    public String describe() {
      return "admin " + (approve ? "approves" : "rejects") + " payout " + id;
    }
  }

  record Reconcile(String id, boolean paid) implements ModelOp {
    @Override
    public String describe() {
      return "admin reconciles payout " + id + " as " + (paid ? "paid" : "not paid");
    }
  }

  /**
   * The demo network reports conversion {@code id} of a learner's shop click (the click is made on
   * the first report): pending, confirmed or declined, with its commission.
   */
  record Postback(String id, int user, String currency, BigDecimal commission, String status)
      implements ModelOp {
    @Override
    public String describe() {
      return "network reports "
          + id
          + " of u"
          + user
          + " "
          + status
          + ", commission "
          + commission.toPlainString()
          + " "
          + currency;
    }
  }

  record DonationShare(int user, BigDecimal percent) implements ModelOp {
    @Override
    public String describe() {
      return "u" + user + " donates " + percent.toPlainString() + " % of new cashback";
    }
  }

  record Switch(int user, boolean enable) implements ModelOp {
    @Override
    public String describe() {
      return "admin " + (enable ? "enables" : "disables") + " cashback for u" + user;
    }
  }
}
