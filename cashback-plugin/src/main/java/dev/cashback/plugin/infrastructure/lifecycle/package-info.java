/**
 * Scheduled work on cashback already granted: confirming it once its hold is over, then settling
 * the referral bonuses that confirmed cashback may have earned.
 */
package dev.cashback.plugin.infrastructure.lifecycle;
