package dev.cashback.plugin.application.network;

import dev.cashback.plugin.application.intake.RefusedEventLog;
import dev.cashback.plugin.application.shared.Jsons;
import dev.cashback.plugin.domain.intake.Refusal;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Postback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Turns a refused postback into a refused event for admins, kept by {@link RefusedEventLog} in a
 * transaction of its own, because the postback's transaction is rolled back by the refusal, so that
 * nothing else of it is kept.
 */
@ApplicationScoped
class PostbackRefusals {

  @Inject RefusedEventLog log;

  /**
   * Keeps the refusal, under the conversion key the postback would have used and for the click's
   * learner when known, and returns the refusal for the caller to throw.
   */
  <E extends RuntimeException> E refused(
      AffiliateNetwork network, Postback sent, String learner, E refusal) {
    String transactionId =
        sent.transactionId() == null || sent.transactionId().isBlank()
            ? null
            : sent.transactionId().strip();
    log.keep(
        Refusal.ofPostback(
            network.getCode(),
            sent.clickId(),
            transactionId,
            transactionId == null ? null : network.conversionKey(transactionId),
            learner,
            refusal.getMessage(),
            asSent(network, sent)));
    return refusal;
  }

  /** The postback's fields under the names the network posts them (never its secret). */
  private static String asSent(AffiliateNetwork network, Postback sent) {
    JsonObjectBuilder json = Jsons.object().add("network", network.getCode());
    field(json, "click_id", sent.clickId());
    field(json, "transaction_id", sent.transactionId());
    field(json, "sale_amount", sent.saleAmount());
    field(json, "commission", sent.commission());
    field(json, "currency", sent.currency());
    field(json, "status", sent.status());
    return json.build().toString();
  }

  private static void field(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
