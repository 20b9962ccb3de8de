/**
 * Scheduled work on the ledger and on cashback already granted: confirming it once its hold is
 * over, and the incremental ledger check.
 */
package dev.cashback.plugin.infrastructure.lifecycle;
