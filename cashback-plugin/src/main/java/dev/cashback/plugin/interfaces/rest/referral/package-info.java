/**
 * Every referral over HTTP, with the referee's progress towards the bonuses (admins). A learner's
 * own referrals are under their wallet.
 */
package dev.cashback.plugin.interfaces.rest.referral;
