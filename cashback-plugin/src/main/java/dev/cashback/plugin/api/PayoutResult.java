package dev.cashback.plugin.api;

/** What a provider says of a payout: paid (with its reference), failed, or it cannot tell. */
public record PayoutResult(Outcome outcome, String reference, String message) {

  public enum Outcome {
    PAID,
    FAILED,
    UNKNOWN
  }

  public static PayoutResult paid(String reference) {
    return new PayoutResult(Outcome.PAID, reference, null);
  }

  public static PayoutResult failed(String message) {
    return new PayoutResult(Outcome.FAILED, null, message);
  }

  public static PayoutResult unknown(String message) {
    return new PayoutResult(Outcome.UNKNOWN, null, message);
  }
}
