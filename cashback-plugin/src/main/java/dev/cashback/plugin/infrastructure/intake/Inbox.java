package dev.cashback.plugin.infrastructure.intake;

/** The two inbox tables: accepted purchases keyed by purchase id, refunds by refund id. */
public enum Inbox {
  PURCHASES("cb_purchase_inbox", "purchase_id"),
  REFUNDS("cb_refund_inbox", "refund_id");

  final String table;
  final String key;

  Inbox(String table, String key) {
    this.table = table;
    this.key = key;
  }
}
