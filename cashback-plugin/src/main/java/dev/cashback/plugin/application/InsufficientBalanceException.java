package dev.cashback.plugin.application;

import dev.cashback.plugin.domain.shared.Money;

/** A spend or payout asked for more than the available balance holds. */
public class InsufficientBalanceException extends RuntimeException {

  private final transient Money available;

  public InsufficientBalanceException(Money available, Money wanted) {
    super("Only " + available + " is available, not " + wanted + ".");
    this.available = available;
  }

  public Money available() {
    return available;
  }
}
