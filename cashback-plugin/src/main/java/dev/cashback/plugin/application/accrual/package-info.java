/**
 * Granting cashback on a purchase, confirming it after the hold, reversing it on refunds, the
 * admin's refund and disable actions, and what each role may read of it.
 */
package dev.cashback.plugin.application.accrual;
