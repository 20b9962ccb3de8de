package dev.cashback.sample.lms;

import dev.cashback.plugin.application.ledger.LedgerCheckKind;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.infrastructure.intake.Inbox;
import dev.cashback.sample.lms.ModelProduct.Mismatch;
import dev.cashback.sample.lms.ReferenceModel.LineState;
import dev.cashback.sample.lms.ReferenceModel.PurchaseState;
import dev.cashback.sample.lms.ReferenceModel.Tx;
import dev.cashback.sample.lms.ReferenceModel.Wallet;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is compared after every step: the sequence's inbox rows are processed (none may stay
 * unprocessed once its purchase is there), then every balance, every transaction and the ledger
 * audit are compared with the model.
 */
final class ModelChecks {

  private final ModelSequenceIT it;
  private final ModelProduct product;
  private final ReferenceModel model;
  private final List<String> users;

  ModelChecks(ModelSequenceIT it, ModelProduct product, ReferenceModel model, List<String> users) {
    this.it = it;
    this.product = product;
    this.model = model;
    this.users = users;
  }

  /**
   * Processes what of this sequence is still in the inbox, deterministically, in the order it came
   * (the after-commit processing usually has done it already). A row that fails in processing, or
   * stays locked for 30 s, is stuck.
   */
  void drainInbox() throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      List<String> purchases =
          keys(
              "SELECT purchase_id FROM cb_purchase_inbox WHERE user_id IN (?, ?, ?)"
                  + " AND processed_at IS NULL ORDER BY received_at, purchase_id");
      List<String> refunds =
          keys(
              "SELECT r.refund_id FROM cb_refund_inbox r JOIN cb_purchase_inbox p"
                  + " ON p.purchase_id = r.purchase_id WHERE p.user_id IN (?, ?, ?)"
                  + " AND p.processed_at IS NOT NULL AND r.processed_at IS NULL"
                  + " ORDER BY r.received_at, r.refund_id");
      if (purchases.isEmpty() && refunds.isEmpty()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new Mismatch("stuck", "inbox rows still unprocessed: " + purchases + refunds);
      }
      process(Inbox.PURCHASES, purchases);
      process(Inbox.REFUNDS, refunds);
      Thread.sleep(20);
    }
  }

  private void process(Inbox which, List<String> keys) {
    for (String key : keys) {
      try {
        it.process(which, key);
      } catch (RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
          cause = cause.getCause();
        }
        throw new Mismatch("stuck", which + " " + key + " fails in processing: " + cause);
      }
    }
  }

  void compare() throws Exception {
    List<String> differences = new ArrayList<>();
    for (int u = 0; u < users.size(); u++) {
      for (String currency : ReferenceModel.CURRENCIES) {
        Wallet expected = model.wallets.getOrDefault(u + "|" + currency, new Wallet());
        Wallets.Balances actual = it.wallets.balances(users.get(u), currency);
        same(
            differences,
            "u" + u + " pending " + currency,
            expected.pending,
            actual.pending().amount());
        same(
            differences,
            "u" + u + " available " + currency,
            expected.available,
            actual.available().amount());
        same(
            differences,
            "u" + u + " withdrawing " + currency,
            expected.withdrawing,
            actual.withdrawing().amount());
      }
    }
    if (!differences.isEmpty()) {
      throw new Mismatch("balance", String.join("; ", differences));
    }
    compareTransactions();
    List<String> violations = it.ledgerChecks.runUnattended(LedgerCheckKind.FULL).violations();
    if (!violations.isEmpty()) {
      throw new Mismatch("audit", String.join("; ", violations));
    }
  }

  private static void same(
      List<String> differences, String what, BigDecimal expected, BigDecimal actual) {
    if (expected.compareTo(actual) != 0) {
      differences.add(
          what
              + " is "
              + actual.stripTrailingZeros().toPlainString()
              + ", model says "
              + expected.toPlainString());
    }
  }

  /** Each line's cashback: granted, outstanding, status and source as the model has them. */
  private void compareTransactions() throws Exception {
    Map<String, String> expected = new TreeMap<>();
    for (PurchaseState p : model.purchases.values()) {
      for (LineState line : p.lines) {
        Tx tx = line.tx;
        if (tx != null) {
          expected.put(
              p.op.id() + " line " + line.lineNo,
              describe(tx.grant, tx.outstanding(), tx.status.name(), "RULE"));
        }
      }
    }
    model.conversions.forEach(
        (id, c) ->
            expected.put(
                id + " line 1",
                describe(
                    c.tx().grant,
                    c.tx().outstanding(),
                    c.tx().status.name(),
                    "NETWORK_CONVERSION")));
    Map<String, String> actual = new TreeMap<>();
    String prefix = product.purchaseId("");
    try (Connection c = it.db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT purchase_id, line_no, cashback_amount, cashback_amount - reversed_amount,"
                    + " status, source FROM cb_transaction WHERE user_id IN (?, ?, ?)")) {
      bindUsers(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String key =
              r.getString(1).replace(ModelProduct.NETWORK_KEY, "").substring(prefix.length())
                  + " line "
                  + r.getInt(2);
          String value =
              describe(r.getBigDecimal(3), r.getBigDecimal(4), r.getString(5), r.getString(6));
          if (actual.put(key, value) != null) {
            actual.put(key, "more than one cashback");
          }
        }
      }
    }
    if (!expected.equals(actual)) {
      List<String> differences = new ArrayList<>();
      for (String key : union(expected, actual)) {
        if (!String.valueOf(expected.get(key)).equals(String.valueOf(actual.get(key)))) {
          differences.add(
              key + " is " + orNone(actual.get(key)) + ", model says " + orNone(expected.get(key)));
        }
      }
      throw new Mismatch("transaction", String.join("; ", differences));
    }
  }

  private static String orNone(String value) {
    return value == null ? "no cashback" : value;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    TreeMap<String, String> all = new TreeMap<>(a);
    all.putAll(b);
    return new ArrayList<>(all.keySet());
  }

  private static String describe(
      BigDecimal grant, BigDecimal outstanding, String status, String source) {
    return "granted "
        + grant.stripTrailingZeros().toPlainString()
        + ", outstanding "
        + outstanding.stripTrailingZeros().toPlainString()
        + ", "
        + status
        + ", from "
        + source;
  }

  private List<String> keys(String sql) throws Exception {
    List<String> keys = new ArrayList<>();
    try (Connection c = it.db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindUsers(s);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          keys.add(r.getString(1));
        }
      }
    }
    return keys;
  }

  private void bindUsers(PreparedStatement s) throws Exception {
    for (int i = 0; i < 3; i++) {
      s.setString(i + 1, users.get(i));
    }
  }
}
