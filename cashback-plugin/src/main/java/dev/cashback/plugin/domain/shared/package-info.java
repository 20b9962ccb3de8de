/**
 * Value types shared by every aggregate, above all {@link dev.cashback.plugin.domain.shared.Money}.
 */
package dev.cashback.plugin.domain.shared;
