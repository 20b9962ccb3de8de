/**
 * A small but real learning platform that hosts the cashback plugin: users and roles with self
 * sign-up and verification, a course catalogue, checkout and refunds, and shops reached through
 * affiliate networks. It talks to the plugin only through the plugin's {@code api} package, as any
 * host would.
 */
package dev.cashback.sample.lms;
