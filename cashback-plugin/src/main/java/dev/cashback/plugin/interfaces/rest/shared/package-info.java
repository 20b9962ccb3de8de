/**
 * What every resource of the HTTP API shares: problem documents for errors (and the OpenAPI
 * responses that describe them), CSRF protection, idempotency keys, bodies read as bounded bytes
 * and then as JSON, and the Transaction list's filter and paging as query parameters.
 */
package dev.cashback.plugin.interfaces.rest.shared;
