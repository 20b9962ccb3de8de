/**
 * The Transaction, History and dashboard pages (admins), the instructor's course cashback, and the
 * learner's own cashback; the Transaction list's advanced filter as a form, and the lazily loaded
 * transactions it selects.
 */
package dev.cashback.plugin.interfaces.web.accrual;
