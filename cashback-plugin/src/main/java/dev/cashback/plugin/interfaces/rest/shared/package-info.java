/**
 * What every resource of the HTTP API shares: problem documents for errors, CSRF protection,
 * idempotency keys, bounded bodies and the list query parameters.
 */
package dev.cashback.plugin.interfaces.rest.shared;
