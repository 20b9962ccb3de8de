/**
 * The plugin's HTTP API under {@code /api/cashback/v1}: for now the signed purchase intake that
 * hosts outside the JVM post to. Errors are {@code application/problem+json}.
 */
package dev.cashback.plugin.interfaces.rest;
