/**
 * The ledger behind every wallet: accounts, and journals of entries that always sum to zero;
 * journals are only ever added. {@link dev.cashback.plugin.domain.wallet.AccountKind} names the
 * eight kinds of account: a learner holds a pending, an available and a payout-pending account per
 * currency, each with a materialised balance; the platform's cashback expense, redeemed, paid-out,
 * donation and expired accounts are the other side of grants, spending at checkout, payouts,
 * donations and expiry. {@link dev.cashback.plugin.domain.wallet.CashbackLot} is an amount that
 * became available at once, with its own expiry; {@link
 * dev.cashback.plugin.domain.wallet.LotTaking} says which lots a debit takes from, {@link
 * dev.cashback.plugin.domain.wallet.LotUse} what each journal took from or gave back to a lot, and
 * {@link dev.cashback.plugin.domain.wallet.LotBook} where the expiry job finds its work. {@link
 * dev.cashback.plugin.domain.wallet.SpendReturn} keeps what each host refund gave back of a
 * purchase paid partly with cashback.
 */
package dev.cashback.plugin.domain.wallet;
