/**
 * Review against fraud: the limits a learner's cashback is checked against as it is granted
 * (purchases and cashback per day and per month, a per-transaction threshold, instructors buying
 * their own courses), why a cashback waits for an admin, and the admin's decision.
 */
package dev.cashback.plugin.domain.review;
