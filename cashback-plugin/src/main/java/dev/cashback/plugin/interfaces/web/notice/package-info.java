/** The Outbox page (admins): every e-mail the plugin wrote, sent or not. */
package dev.cashback.plugin.interfaces.web.notice;
