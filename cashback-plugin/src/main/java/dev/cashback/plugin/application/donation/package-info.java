/** Donations: the learner's chosen share of each cashback given to the platform's cause. */
package dev.cashback.plugin.application.donation;
