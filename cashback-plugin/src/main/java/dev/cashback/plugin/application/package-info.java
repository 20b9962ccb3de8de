/**
 * Use cases, one sub-package per feature with the domain's feature names ({@code rule}, {@code
 * accrual}, {@code wallet}, {@code payout}, {@code network}, {@code referral}, {@code donation},
 * {@code intake}, {@code notice}) and {@code shared} for what they all use. Transactions and the
 * checks of who may see or do what belong here, on the server, whatever the caller (page, REST,
 * host).
 */
package dev.cashback.plugin.application;
