package dev.cashback.plugin.api;

import java.math.BigDecimal;

/** A checkout asked to spend more cashback than the user has available. */
public class InsufficientCashbackException extends RuntimeException {

  private final BigDecimal available;

  public InsufficientCashbackException(BigDecimal available) {
    super("Only " + available.toPlainString() + " of cashback is available.");
    this.available = available;
  }

  public BigDecimal available() {
    return available;
  }
}
