/**
 * Cashback from shops: the affiliate networks that pay commissions, the click log that ties a
 * network's conversion back to the learner who clicked (with the cashback terms of that moment),
 * learners' missing-cashback claims, and the postbacks refused for admins to look into.
 */
package dev.cashback.plugin.domain.network;
