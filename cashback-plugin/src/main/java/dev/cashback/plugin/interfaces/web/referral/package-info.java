/** The Referrals page (admins) and the learner's own referrals, on their My cashback page. */
package dev.cashback.plugin.interfaces.web.referral;
