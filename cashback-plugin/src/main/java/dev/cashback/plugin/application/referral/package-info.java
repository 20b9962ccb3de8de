/**
 * Referrals: learners' codes, sign-ups through them checked against self-referral, the bonuses paid
 * when a referee qualifies, and the lists of who referred whom (admins, and each referrer's own).
 */
package dev.cashback.plugin.application.referral;
