/** Cashback → Rule over HTTP (admins). */
package dev.cashback.plugin.interfaces.rest.rule;
