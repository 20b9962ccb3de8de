/**
 * A small but real learning platform that hosts the cashback plugin: users and roles, a course
 * catalogue, checkout and refunds. It talks to the plugin only through the plugin's {@code api}
 * package, as any host would.
 */
package dev.cashback.sample.lms;
