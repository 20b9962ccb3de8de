package dev.cashback.plugin.infrastructure.payout;

import dev.cashback.plugin.api.PayoutInstruction;
import dev.cashback.plugin.api.PayoutProvider;
import dev.cashback.plugin.api.PayoutResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Payouts made by a person: the admin sends the money (a bank transfer, a voucher code) and marks
 * the payout paid with its reference. No payment network is called.
 */
@ApplicationScoped
public class ManualPayoutProvider implements PayoutProvider {

  public static final String ID = "manual";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PayoutResult pay(PayoutInstruction instruction) {
    return instruction.reference() == null || instruction.reference().isBlank()
        ? PayoutResult.failed("A manual payout needs the reference of the payment made.")
        : PayoutResult.paid(instruction.reference());
  }
}
