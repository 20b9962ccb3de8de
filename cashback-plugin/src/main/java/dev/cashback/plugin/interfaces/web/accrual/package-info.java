/**
 * The Transaction, History and dashboard pages (admins), the instructor's course cashback, and the
 * learner's own cashback.
 */
package dev.cashback.plugin.interfaces.web.accrual;
