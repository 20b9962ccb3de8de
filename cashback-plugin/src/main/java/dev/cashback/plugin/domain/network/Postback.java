package dev.cashback.plugin.domain.network;

/**
 * A network's report of a conversion, as it posted it: nothing is checked yet, so any field may be
 * missing, too long or not a number.
 */
public record Postback(
    String clickId,
    String transactionId,
    String saleAmount,
    String commission,
    String currency,
    String status) {}
