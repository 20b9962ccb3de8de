/** Payout methods and payouts over HTTP: learners request, admins decide. */
package dev.cashback.plugin.interfaces.rest.payout;
