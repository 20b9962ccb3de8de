/**
 * The platform's entities: accounts, categories, courses, purchases and refunds; stores with their
 * deals and coupons; e-mail and phone verifications, and the messages the dev mailbox keeps.
 */
package dev.cashback.sample.lms.model;
