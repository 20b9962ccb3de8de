/** The platform's entities: accounts, categories, courses, purchases and refunds. */
package dev.cashback.sample.lms.model;
