/**
 * Payouts: methods (admins), learners' requests, the admin's decisions with a second approval above
 * a threshold, and the providers that pay.
 */
package dev.cashback.plugin.application.payout;
