/**
 * A learner's wallet: balances per currency, spending at the host's checkout and returning what a
 * refund gives back; the wallet the host may call; and the one order in which a learner's accounts
 * are locked by every move of their money ({@link
 * dev.cashback.plugin.application.wallet.LearnerWallet}).
 */
package dev.cashback.plugin.application.wallet;
