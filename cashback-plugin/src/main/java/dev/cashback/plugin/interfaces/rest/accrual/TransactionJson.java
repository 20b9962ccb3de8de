package dev.cashback.plugin.interfaces.rest.accrual;

import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A cashback transaction as the API shows it: the Transaction page's columns plus the reason (rule,
 * version, base, rate) and what is left to reverse. {@code source} says where it comes from (a
 * rule, a network's conversion, an approved missing-cashback claim, a referral bonus); {@code
 * ruleId} is the granting rule's, {@code networkId} the network of a conversion or claim, {@code
 * referralId} the referee of a referral bonus, each null where the source has none. The rule
 * version, title, amount type and rate are the terms the cashback was granted on, for every source.
 * A pending cashback is confirmed at {@code confirmAfter} (its hold's end, or {@code
 * refundWindowEndsAt} when the host's refund window closes first), or earlier once its learner has
 * completed {@code confirmAtProgress} percent of the course.
 */
public record TransactionJson(
    long id,
    String purchaseId,
    int line,
    String userId,
    String userName,
    String targetType,
    String targetId,
    String product,
    String description,
    BigDecimal purchaseAmount,
    BigDecimal baseAmount,
    BigDecimal cashbackAmount,
    BigDecimal reversedAmount,
    BigDecimal outstanding,
    String currency,
    String status,
    Long ruleId,
    int ruleVersion,
    String ruleTitle,
    String amountType,
    BigDecimal rate,
    OffsetDateTime purchasedAt,
    OffsetDateTime createdAt,
    OffsetDateTime confirmAfter,
    OffsetDateTime refundWindowEndsAt,
    Integer confirmAtProgress,
    OffsetDateTime confirmedAt,
    String source,
    Long networkId,
    String referralId) {

  public static TransactionJson of(CashbackTransaction t) {
    return new TransactionJson(
        t.getId(),
        t.getPurchaseId(),
        t.getLineNo(),
        t.getUserId(),
        t.getUserName(),
        t.getItemType(),
        t.getTargetId(),
        t.getProductTitle(),
        t.getDescription(),
        t.getPurchaseAmount(),
        t.getBaseAmount(),
        t.getCashbackAmount(),
        t.getReversedAmount(),
        t.outstanding().amount(),
        t.getCurrency(),
        t.getStatus().name(),
        t.getRuleId(),
        t.getRuleVersion(),
        t.getRuleTitle(),
        t.getAmountType() == null ? null : t.getAmountType().name(),
        t.getRuleAmount(),
        t.getPurchasedAt(),
        t.getCreatedAt(),
        t.getConfirmAfter(),
        t.getRefundWindowEndsAt(),
        t.getConfirmAtProgress(),
        t.getConfirmedAt(),
        t.getSource().name(),
        t.getNetworkId(),
        t.getReferralId());
  }
}
