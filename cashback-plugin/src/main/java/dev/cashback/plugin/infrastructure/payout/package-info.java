/** The plugin's own payout provider: an admin pays outside the system and types the reference. */
package dev.cashback.plugin.infrastructure.payout;
