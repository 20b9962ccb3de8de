package dev.cashback.plugin.application.wallet;

import dev.cashback.plugin.domain.shared.Money;

/** A spend or payout asked for more than the available balance holds. */
public class BalanceTooLowException extends RuntimeException {

  private final transient Money available;

  public BalanceTooLowException(Money available, Money wanted) {
    super("Only " + available + " is available, not " + wanted + ".");
    this.available = available;
  }

  public Money available() {
    return available;
  }
}
