/**
 * Referrals: codes, sign-ups kept as hashes for the self-referral checks, the link from a referee
 * to a referrer with the programme's terms it was made under and how far it has come, and the
 * admin's filter over them.
 */
package dev.cashback.plugin.domain.referral;
