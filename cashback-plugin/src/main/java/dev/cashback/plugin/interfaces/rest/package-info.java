/**
 * The plugin's HTTP API under {@code /api/cashback/v1}: rules, transactions, history and the
 * caller's own wallet for signed-in users, and the signed intake that hosts outside the JVM post
 * purchases and refunds to. Roles are checked in the application layer; errors are {@code
 * application/problem+json}; money-moving calls take an {@code Idempotency-Key}.
 */
package dev.cashback.plugin.interfaces.rest;
