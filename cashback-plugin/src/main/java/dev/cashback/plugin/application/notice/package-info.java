/**
 * E-mails to learners at each step (cashback pending, confirmed, declined; payout requested, paid),
 * from the message bundle, written to the outbox.
 */
package dev.cashback.plugin.application.notice;
