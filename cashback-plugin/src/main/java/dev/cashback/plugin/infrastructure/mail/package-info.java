/**
 * E-mail: the outbox table (the notices' NoticeOutbox) written in the same transaction as the
 * change a message tells of, the SMTP server's configuration, and a sender that hands each message
 * to SMTP at most once, retrying with back-off after failures.
 */
package dev.cashback.plugin.infrastructure.mail;
