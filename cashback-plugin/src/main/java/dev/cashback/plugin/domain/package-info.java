/**
 * The cashback model, one sub-package per feature: {@code rule} (the admin's rules), {@code
 * accrual} (cashback earned on purchases, its life and its reversals), {@code wallet} (the
 * double-entry ledger behind every balance), {@code payout} (withdrawing), {@code network}
 * (affiliate networks, clicks and missing-cashback claims), {@code referral}, {@code donation},
 * {@code intake} (inbound events refused) and {@code shared} (money, the audit trail and what every
 * feature uses). Plain Java and JPA mapping only; no host types, no CDI, no Faces. Repository
 * interfaces sit beside their aggregate; their JPA implementations live in infrastructure.
 */
package dev.cashback.plugin.domain;
