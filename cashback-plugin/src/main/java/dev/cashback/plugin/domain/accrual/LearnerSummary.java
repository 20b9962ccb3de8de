package dev.cashback.plugin.domain.accrual;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A learner's cashback history in one row, per currency. */
public record LearnerSummary(
    String userId,
    String userName,
    String userImage,
    String currency,
    BigDecimal totalPurchase,
    BigDecimal cashbackAmount,
    OffsetDateTime lastCashback) {}
