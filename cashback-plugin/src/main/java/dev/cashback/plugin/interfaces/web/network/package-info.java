/**
 * The Affiliate networks and Missing-cashback claims pages (admins), and the learner's
 * missing-cashback claims.
 */
package dev.cashback.plugin.interfaces.web.network;
