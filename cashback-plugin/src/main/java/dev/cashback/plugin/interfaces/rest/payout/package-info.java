/**
 * Payout methods and payouts over HTTP: admins change the methods (learners list the enabled ones)
 * and decide payouts. A learner requests and lists their own payouts through their wallet ({@code
 * /wallets/me/payouts}).
 */
package dev.cashback.plugin.interfaces.rest.payout;
