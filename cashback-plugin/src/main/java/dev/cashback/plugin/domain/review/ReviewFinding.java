package dev.cashback.plugin.domain.review;

/**
 * Why a cashback waits for review: the limit, and in words what passed it (shown to admins).
 *
 * @param detail e.g. "6th purchase on 30 Nov 2026; the limit is 5 a day"
 */
public record ReviewFinding(ReviewReason reason, String detail) {}
