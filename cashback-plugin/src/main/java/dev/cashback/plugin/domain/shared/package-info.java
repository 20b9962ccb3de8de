/**
 * What every feature of the domain uses: {@link dev.cashback.plugin.domain.shared.Money} (an amount
 * of one currency, with the product's one rounding rule) and {@link
 * dev.cashback.plugin.domain.shared.Allocation} (a limit shared out in proportion); the audit trail
 * of admin actions (the {@link dev.cashback.plugin.domain.shared.AuditEntry} entity and its {@link
 * dev.cashback.plugin.domain.shared.AuditLog} repository); and the rules for what the plugin keeps
 * of people's texts and addresses: plain text only, e-mail addresses masked for others, hashes
 * instead of addresses and device ids.
 */
package dev.cashback.plugin.domain.shared;
