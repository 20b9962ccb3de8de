/**
 * Referrals: codes, sign-ups with their hashed address and browser, and the link from a referee to
 * a referrer with the terms it was made under.
 */
package dev.cashback.plugin.domain.referral;
