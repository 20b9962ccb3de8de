/**
 * The ledger behind every wallet: accounts, and journals of entries that always sum to zero;
 * journals are only ever added. {@link dev.cashback.plugin.domain.wallet.AccountKind} names the
 * seven kinds of account: a learner holds a pending, an available and a payout-pending account per
 * currency, each with a materialised balance; the platform's cashback expense, redeemed, paid-out
 * and donation accounts are the other side of grants, spending at checkout, payouts and donations.
 * {@link dev.cashback.plugin.domain.wallet.SpendReturn} keeps what each host refund gave back of a
 * purchase paid partly with cashback.
 */
package dev.cashback.plugin.domain.wallet;
