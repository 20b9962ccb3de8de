package dev.cashback.plugin.domain.intake;

/**
 * What is kept of an event the plugin refused, before it is stamped with the time: the same columns
 * for every kind, so admins read host events and network postbacks in one list.
 *
 * @param eventId the host's purchase or refund id, or the network's transaction id (its click id
 *     when it sent none)
 * @param purchaseId the purchase the event is about: for a postback, the conversion key the
 *     conversion would have used
 * @param userId the buyer, or the learner of the postback's click, when known
 * @param networkCode the network that sent a postback (null for host events)
 * @param clickId the click a postback named (null for host events)
 * @param payload the event as it was sent, as JSON
 */
public record Refusal(
    RefusedEvent.Kind kind,
    String eventId,
    String purchaseId,
    String userId,
    String networkCode,
    String clickId,
    String reason,
    String payload) {

  /** A host's purchase or refund. */
  public static Refusal ofHostEvent(
      RefusedEvent.Kind kind,
      String eventId,
      String purchaseId,
      String userId,
      String reason,
      String payload) {
    if (kind == RefusedEvent.Kind.POSTBACK) {
      throw new IllegalArgumentException("A postback is not a host event");
    }
    return new Refusal(kind, eventId, purchaseId, userId, null, null, reason, payload);
  }

  /**
   * A network's postback: its event id is the network's transaction id, or the click id when the
   * network sent none (null).
   */
  public static Refusal ofPostback(
      String networkCode,
      String clickId,
      String transactionId,
      String conversionKey,
      String userId,
      String reason,
      String payload) {
    return new Refusal(
        RefusedEvent.Kind.POSTBACK,
        transactionId != null ? transactionId : clickId,
        conversionKey,
        userId,
        networkCode,
        clickId,
        reason,
        payload);
  }
}
