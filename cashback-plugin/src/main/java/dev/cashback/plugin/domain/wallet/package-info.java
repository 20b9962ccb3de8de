/**
 * The ledger behind every wallet: accounts, and journals of entries that always sum to zero.
 * Learners hold a pending and an available account per currency; the platform's cashback expense
 * account is the other side of every grant. Journals are only ever added.
 */
package dev.cashback.plugin.domain.wallet;
