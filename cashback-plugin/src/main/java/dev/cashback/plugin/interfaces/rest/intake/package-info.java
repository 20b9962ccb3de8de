/**
 * The signed intake of hosts outside the JVM (purchases and refunds), and the list of refused
 * events (admins).
 */
package dev.cashback.plugin.interfaces.rest.intake;
