package dev.cashback.plugin.domain.review;

import dev.cashback.plugin.domain.shared.Money;

/**
 * What a learner did in one period before the purchase being granted: the purchases that earned
 * cashback and the cashback they earned (less what was reversed; declined cashback not counted).
 */
public record LearnerActivity(long purchases, Money cashback) {}
