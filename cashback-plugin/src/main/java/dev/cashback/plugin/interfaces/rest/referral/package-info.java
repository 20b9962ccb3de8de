/** Referrals over HTTP (admins). */
package dev.cashback.plugin.interfaces.rest.referral;
