package dev.cashback.plugin.interfaces.rest.payout;

import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutField;
import dev.cashback.plugin.domain.payout.PayoutMethod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Payouts and payout methods as the API shows them. */
public final class PayoutJson {

  private PayoutJson() {}

  /** A payout request and where it stands. */
  public record PayoutView(
      long id,
      String userId,
      long methodId,
      String method,
      String methodType,
      BigDecimal amount,
      String currency,
      String status,
      Map<String, String> details,
      OffsetDateTime requestedAt,
      OffsetDateTime dueBy,
      String firstApprovedBy,
      String decidedBy,
      OffsetDateTime decidedAt,
      String reference,
      String reason) {

    public static PayoutView of(Payout p) {
      return new PayoutView(
          p.getId(),
          p.getUserId(),
          p.getMethodId(),
          p.getMethodName(),
          p.getMethodType().name(),
          p.getAmount(),
          p.getCurrency(),
          p.getStatus().name(),
          p.getDetails(),
          p.getRequestedAt(),
          p.getDueBy(),
          p.getFirstApprovedBy(),
          p.getDecidedBy(),
          p.getDecidedAt(),
          p.getReference(),
          p.getReason());
    }
  }

  /** A payout method: what a learner must give and the least they may withdraw. */
  public record MethodView(
      long id,
      String name,
      String type,
      BigDecimal minimumAmount,
      String currency,
      int processingDays,
      List<String> fields,
      String provider,
      boolean enabled) {

    static MethodView of(PayoutMethod m) {
      return new MethodView(
          m.getId(),
          m.getName(),
          m.getType().name(),
          m.getMinimumAmount(),
          m.getCurrency(),
          m.getProcessingDays(),
          m.getFields().stream().map(PayoutField::name).toList(),
          m.getProvider(),
          m.isEnabled());
    }
  }

  /** A learner's payout request. */
  public record Request(Long methodId, BigDecimal amount, Map<String, String> details) {}

  /** An admin's decision: the payment's reference (approve, reconcile as paid) or a reason. */
  public record Decision(String reference, String reason, Boolean paid) {}
}
