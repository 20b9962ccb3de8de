/**
 * Withdrawing cashback: payout methods an admin offers (type, minimum, processing time, the fields
 * a learner must give) and payout requests with their life from requested to paid or rejected.
 */
package dev.cashback.plugin.domain.payout;
