/**
 * Cashback from shops: the affiliate networks that pay commissions, and the click log that ties a
 * network's conversion back to the learner who clicked, with the cashback terms of that moment.
 */
package dev.cashback.plugin.domain.network;
