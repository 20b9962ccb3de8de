/**
 * Affiliate networks: their administration, the click log, postbacks turned into conversions, and
 * learners' missing-cashback claims.
 */
package dev.cashback.plugin.application.network;
