/**
 * Cashback → Rule: creating, changing, switching and deleting rules (admins), and previewing what
 * each rule would grant on a cart.
 */
package dev.cashback.plugin.application.rule;
