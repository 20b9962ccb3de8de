/**
 * A learner's wallet: balances per currency, spending at the host's checkout and returning what a
 * refund gives back; the wallet the host may call; the one order in which a learner's accounts are
 * locked by every move of their money ({@link
 * dev.cashback.plugin.application.wallet.LearnerWallet}); and the expiry of available cashback with
 * its reminders ({@link dev.cashback.plugin.application.wallet.CashbackExpiry}).
 */
package dev.cashback.plugin.application.wallet;
