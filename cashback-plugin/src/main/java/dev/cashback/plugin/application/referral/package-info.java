/**
 * Referrals: learners' codes, sign-ups through them, and the bonuses paid when a referee qualifies.
 */
package dev.cashback.plugin.application.referral;
