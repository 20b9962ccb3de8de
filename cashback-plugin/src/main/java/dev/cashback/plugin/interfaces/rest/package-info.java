/**
 * The plugin's HTTP API under {@code /api/cashback/v1}: the JAX-RS application here, resources in
 * one sub-package per feature, and {@code shared} for problem documents, CSRF, idempotency and list
 * parameters. Roles are checked in the application layer; errors are {@code
 * application/problem+json}; money-moving calls take an {@code Idempotency-Key}.
 */
package dev.cashback.plugin.interfaces.rest;
