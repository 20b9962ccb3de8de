package dev.cashback.sample.lms;

import dev.cashback.plugin.api.PayoutInstruction;
import dev.cashback.plugin.api.PayoutProvider;
import dev.cashback.plugin.api.PayoutResult;
import jakarta.enterprise.context.ApplicationScoped;

/** A payment network that times out: it cannot say whether the money left. Test-only. */
@ApplicationScoped
public class UnsurePayoutProvider implements PayoutProvider {

  @Override
  public String id() {
    return "unsure";
  }

  @Override
  public PayoutResult pay(PayoutInstruction instruction) {
    throw new IllegalStateException("read timed out");
  }
}
