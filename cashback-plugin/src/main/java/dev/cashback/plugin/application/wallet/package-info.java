/**
 * A learner's wallet: balances per currency, spending at the host's checkout and returning what a
 * refund gives back; the wallet the host may call.
 */
package dev.cashback.plugin.application.wallet;
