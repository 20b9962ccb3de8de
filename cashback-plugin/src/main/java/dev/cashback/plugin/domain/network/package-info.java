/**
 * Cashback from shops: the affiliate networks that pay commissions, the click log that ties a
 * network's conversion back to the learner who clicked (with the cashback terms of that moment), a
 * network's postback as it was sent, and learners' missing-cashback claims with the window in which
 * a click may be claimed and the admin's filter over them. Postbacks the plugin refuses are kept
 * with the other refused events ({@link dev.cashback.plugin.domain.intake.RefusedEvent}).
 */
package dev.cashback.plugin.domain.network;
