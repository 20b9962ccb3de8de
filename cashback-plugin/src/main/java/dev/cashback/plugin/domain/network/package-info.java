/**
 * Cashback from shops: the affiliate networks that pay commissions, the click log that ties a
 * network's conversion back to the learner who clicked (with the cashback terms of that moment),
 * and learners' missing-cashback claims. Postbacks the plugin refuses are kept with the other
 * refused events ({@link dev.cashback.plugin.domain.intake.RefusedEvent}).
 */
package dev.cashback.plugin.domain.network;
