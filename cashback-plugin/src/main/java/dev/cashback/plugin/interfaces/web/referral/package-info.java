/** The Referrals page (admins) and the learner's own referrals. */
package dev.cashback.plugin.interfaces.web.referral;
