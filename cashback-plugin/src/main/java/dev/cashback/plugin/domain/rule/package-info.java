/**
 * Cashback rules as the admin writes them: the rule form and its checks ({@link
 * dev.cashback.plugin.domain.rule.RuleDraft}), when a rule applies (window, audience, target,
 * minimum), how much it grants (fixed or percentage, per item or per order, within its maximum per
 * order, monthly cap per learner and budget), how rules on one purchase combine, and its status;
 * and the active rules indexed by what they target.
 */
package dev.cashback.plugin.domain.rule;
