package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;

/**
 * One purchased item as the plugin sees it, numbered from 1 within its purchase.
 *
 * @param paid what the buyer paid for the line, after discounts, before tax
 */
public record PurchaseLine(
    int lineNo,
    String itemType,
    String targetId,
    String title,
    String imageUrl,
    String categoryId,
    String instructorId,
    int quantity,
    Money paid) {}
