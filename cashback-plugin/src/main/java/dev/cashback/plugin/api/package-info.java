/**
 * The whole contract between a host and the cashback plugin: immutable event types the host fires,
 * the value types they carry, the few services a host may call (queries, wallet, clicks, referrals)
 * with the exceptions they throw, and what a host provides (its directory of courses and people,
 * payout providers). Nothing here refers to the plugin's internals or to JPA; the contract grows by
 * new types and default methods, never by breaking changes.
 */
package dev.cashback.plugin.api;
