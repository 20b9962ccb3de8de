/**
 * Cashback rules as the admin writes them: when a rule applies (window, target, minimum), how much
 * it grants (fixed or percentage, per item or per order), and its status.
 */
package dev.cashback.plugin.domain.rule;
