/** The Payouts and Payout methods pages (admins), and the learner's payout request and history. */
package dev.cashback.plugin.interfaces.web.payout;
