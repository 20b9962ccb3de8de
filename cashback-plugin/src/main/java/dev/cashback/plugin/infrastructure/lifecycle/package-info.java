/** Scheduled work on cashback already granted: confirming it once its hold is over. */
package dev.cashback.plugin.infrastructure.lifecycle;
