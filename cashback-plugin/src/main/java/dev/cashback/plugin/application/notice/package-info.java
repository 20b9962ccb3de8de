/**
 * E-mails to learners at each step (cashback pending, confirmed, declined, reversed; payout
 * requested, paid, rejected), from the {@code mails} bundle, written to the outbox in the
 * transaction of the change they tell of. The outbox is a port (NoticeOutbox, with OutboxMessage
 * and MailStatus) that infrastructure implements; NoticeReports is the admin's reading of it.
 */
package dev.cashback.plugin.application.notice;
