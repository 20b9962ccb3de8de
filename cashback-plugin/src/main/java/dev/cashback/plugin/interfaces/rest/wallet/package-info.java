/**
 * The signed-in learner's own wallet over HTTP ({@code /wallets/me}): balances, their cashback,
 * payouts (requested and listed), missing-cashback claims, their donation share and their
 * referrals.
 */
package dev.cashback.plugin.interfaces.rest.wallet;
