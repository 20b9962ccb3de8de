/** Donations: the share of their cashback a learner gives to the platform's cause. */
package dev.cashback.plugin.domain.donation;
