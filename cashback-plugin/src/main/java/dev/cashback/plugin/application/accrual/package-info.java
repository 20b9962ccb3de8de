/**
 * Granting cashback on a purchase (and, outside the rules, on a network's conversion or as a
 * referral bonus), confirming it after the hold, reversing it on refunds, the admin's refund and
 * disable actions, and what each role (and the host) may read of it.
 */
package dev.cashback.plugin.application.accrual;
