package dev.cashback.plugin.interfaces.rest.accrual;

import java.math.BigDecimal;
import java.util.List;

/** The bodies the API accepts besides rules and host events. */
public final class Requests {

  private Requests() {}

  /** An admin refund of cashback: {@code amount} null refunds all that is left. */
  public record Refund(BigDecimal amount, String reason) {}

  /** A rule preview: which rules a learner would earn from on a cart of courses. */
  public record Preview(String userId, List<String> courseIds) {}

  /** Why a learner's cashback is switched off or on. */
  public record Reason(String reason) {}
}
