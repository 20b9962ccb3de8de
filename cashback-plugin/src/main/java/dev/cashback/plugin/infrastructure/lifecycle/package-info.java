/**
 * Scheduled work on the ledger and on cashback already granted: confirming it once its hold is
 * over, then settling the referral bonuses that confirmed cashback may have earned; expiring
 * available cashback whose time is up and reminding learners of what expires soon; and the
 * incremental ledger check.
 */
package dev.cashback.plugin.infrastructure.lifecycle;
