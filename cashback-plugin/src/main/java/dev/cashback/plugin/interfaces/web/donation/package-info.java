/** The learner's donation card. */
package dev.cashback.plugin.interfaces.web.donation;
