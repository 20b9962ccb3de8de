/**
 * Granting cashback on a purchase (and, outside the rules, on a network's conversion or as a
 * referral bonus), holding it for review when it passes the limits against fraud, confirming it
 * after the hold, the refund window or the course progress its rule names, reversing it on refunds,
 * the admin's refund and disable actions, and what each role (and the host) may read of it.
 */
package dev.cashback.plugin.application.accrual;
