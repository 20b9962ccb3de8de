/**
 * Withdrawing cashback: payout methods an admin offers (type, minimum, processing time, the fields
 * a learner must give, each with its check), payout requests with their life from requested to paid
 * or rejected, and the amounts above which a second admin must approve.
 */
package dev.cashback.plugin.domain.payout;
